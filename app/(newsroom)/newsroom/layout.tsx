import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/domain/permissions";
import { currentActor } from "@/lib/server/auth/current-actor";
import { signOutAction } from "./actions";

// Every desk page needs a signed-in user; each command checks the role again for itself.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="desk-bar">
        <div className="desk-bar-inner">
          <Link href="/newsroom" className="desk-title">
            Results Desk
          </Link>
          <nav aria-label="Desk">
            <Link href="/newsroom">Dashboard</Link>
            <Link href="/newsroom/import">Import</Link>
            {can(actor.role, "story:publish") && <Link href="/newsroom/stories">Stories</Link>}
            {can(actor.role, "election:setup") && <Link href="/newsroom/elections/new">New election</Link>}
            {can(actor.role, "user:manage") && <Link href="/newsroom/admin">Accounts</Link>}
            {can(actor.role, "webhook:manage") && <Link href="/newsroom/webhooks">Webhooks</Link>}
            <Link href="/">Reader site</Link>
            <span className="who">
              {actor.name} · {actor.role}
            </span>
            <form action={signOutAction}>
              <button type="submit">Sign out</button>
            </form>
          </nav>
        </div>
      </header>
      <main id="main" className="desk-page">
        {children}
      </main>
    </>
  );
}
