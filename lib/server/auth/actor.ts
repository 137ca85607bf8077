import "server-only";
// Who is asking: a signed-in desk user (session cookie) or automation (Authorization: Bearer <key>,
// acting with the key owner's role). Commands receive the actor and check it themselves.
import { defaultKeyHasher } from "@better-auth/api-key";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRole, type Role } from "@/lib/domain/permissions";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";
import { readRows } from "@/lib/server/hot-reads";

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

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string | null;
  /** SQLite hands back a raw query's booleans as 0/1. */
  banned: boolean | number | null;
}

/** A user who may act: not banned, with a known role. */
function actorOf(user: UserRow | null | undefined, via: Actor["via"]): Actor | null {
  if (!user || user.banned === true || user.banned === 1 || !isRole(user.role)) return null;
  return { userId: user.id, name: user.name, email: user.email, role: user.role, via };
}

async function userActor(userId: string, via: Actor["via"]): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, banned: true } });
  return actorOf(user, via);
}

interface KeyOwnerRow extends UserRow {
  enabled: boolean | number | null;
  remaining: number | null;
  expiresAt: Date | string | null;
}

/**
 * The owner of a live API key, as an actor. Keys are created, listed and revoked through Better
 * Auth's api-key plugin and stored hashed its way; they are checked here by reading that row,
 * because the plugin's verifyApiKey also writes the key's usage on every call: on election night
 * that is a write per automated request, and 20 automation clients queued behind each other's
 * usage writes. One query reads the key and its owner together (a hot read: hot-reads.ts).
 */
async function apiKeyActor(token: string): Promise<Actor | null> {
  const [row] = await readRows<KeyOwnerRow>(Prisma.sql`
    SELECT u."id", u."name", u."email", u."role", u."banned", k."enabled", k."remaining", k."expiresAt"
    FROM "apikey" k JOIN "user" u ON u."id" = k."referenceId"
    WHERE k."key" = ${await defaultKeyHasher(token)}`);
  if (!row || row.enabled === false || row.enabled === 0 || row.remaining === 0) return null;
  if (row.expiresAt !== null && new Date(row.expiresAt).getTime() <= Date.now()) return null;
  return actorOf(row, "api_key");
}

export async function actorFromHeaders(headers: Headers): Promise<Actor | null> {
  const token = bearerToken(headers);
  if (token !== null) {
    return apiKeyActor(token);
  }
  const session = await auth.api.getSession({ headers });
  return session ? userActor(session.user.id, "session") : null;
}
