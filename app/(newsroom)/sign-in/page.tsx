import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { demoSignIns } from "@/lib/server/queries/demo-sign-ins";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in to the desk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentActor()) redirect("/newsroom");
  const { next } = await searchParams;
  const demoUsers = await demoSignIns();
  return (
    <main className="desk-page narrow" id="main">
      <h1>Sign in to the results desk</h1>
      <SignInForm next={next ?? "/newsroom"} />
      {demoUsers.length > 0 && (
        <section className="demo-accounts" aria-labelledby="demo-accounts">
          <h2 id="demo-accounts">Demo sign-ins</h2>
          <p>These accounts exist only in the demo data.</p>
          <table>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Email</th>
                <th scope="col">Password</th>
              </tr>
            </thead>
            <tbody>
              {demoUsers.map((u) => (
                <tr key={u.email}>
                  <td>{u.role}</td>
                  <td>{u.email}</td>
                  <td>
                    <code>{u.password}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
