import type { Metadata } from "next";
import { TableScroll } from "@/components/table-scroll";
import { listAccounts } from "@/lib/server/queries/accounts";
import { CreateKeyForm, CreateUserForm, RevokeKeyForm, RoleForm } from "./admin-forms";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const metadata: Metadata = { title: "Accounts and API keys" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  return withDeskAccess("user:manage", async (actor) => {
    const accounts = await listAccounts(actor);
    return (
      <>
        <h1>Accounts and API keys</h1>
        <section className="desk-panel" aria-labelledby="new-account">
          <h2 id="new-account">New account</h2>
          <CreateUserForm />
        </section>
        <section className="desk-panel" aria-labelledby="accounts">
          <h2 id="accounts">Accounts</h2>
          <TableScroll label="Accounts">
            <table>
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Role</th>
                  <th scope="col">API keys</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id}>
                    <th scope="row">
                      {account.name}
                      <br />
                      <span className="muted small">{account.email}</span>
                    </th>
                    <td>
                      <RoleForm userId={account.id} role={account.role} name={account.name} />
                    </td>
                    <td>
                      <ul className="key-list">
                        {account.apiKeys.map((key) => (
                          <li key={key.id}>
                            <code>{key.start ?? "rd_"}…</code> {key.name}{" "}
                            {key.enabled ? <RevokeKeyForm keyId={key.id} label={`key ${key.start ?? ""}…`} /> : <span className="muted">revoked</span>}
                          </li>
                        ))}
                      </ul>
                      <CreateKeyForm email={account.email} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      </>
    );
  });
}
