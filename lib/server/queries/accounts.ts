import "server-only";
// The admin's view of desk accounts and their API keys (never the key itself: only its first
// characters, which Better Auth keeps so a key can be recognised).
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: string;
  apiKeys: { id: string; name: string | null; start: string | null; enabled: boolean; createdAt: string }[];
}

export async function listAccounts(actor: Actor | null): Promise<AccountSummary[]> {
  authorize(actor, "user:manage");
  const [users, keys] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, name: true, email: true, role: true } }),
    db.apikey.findMany({ orderBy: { createdAt: "desc" }, select: { id: true, name: true, start: true, enabled: true, createdAt: true, referenceId: true } }),
  ]);
  return users.map((user) => ({
    ...user,
    role: user.role ?? "staff",
    apiKeys: keys
      .filter((k) => k.referenceId === user.id)
      .map((k) => ({ id: k.id, name: k.name, start: k.start, enabled: k.enabled !== false, createdAt: k.createdAt.toISOString() })),
  }));
}
