import "server-only";
// Who is asking: a signed-in desk user (session cookie) or automation (Authorization: Bearer <key>,
// acting with the key owner's role). Commands receive the actor and check it themselves.
import { isRole, type Role } from "@/lib/domain/permissions";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";

export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  via: "session" | "api_key" | "cli";
}

/** The command line (`npm run newsroom`, the seed): whoever holds the server's shell is an admin. */
export const COMMAND_LINE: Actor = { userId: "command-line", name: "Command line", email: "", role: "admin", via: "cli" };

function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

async function userActor(userId: string, via: Actor["via"]): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, banned: true },
  });
  if (!user || user.banned || !isRole(user.role)) return null;
  return { userId: user.id, name: user.name, email: user.email, role: user.role, via };
}

export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const token = bearerToken(headers);
  if (token !== null) {
    const verdict = await auth.api.verifyApiKey({ body: { key: token } });
    return verdict.valid && verdict.key ? userActor(verdict.key.referenceId, "api_key") : null;
  }
  const session = await auth.api.getSession({ headers });
  return session ? userActor(session.user.id, "session") : null;
}
