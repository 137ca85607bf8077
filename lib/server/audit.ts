import "server-only";
// Appends to the audit log. Commands that write in a batch add the audit row to their batch; this
// helper is for events with nothing else to write (sign-ins, key creation).
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

export interface AuditEntry {
  action: string;
  actor: Pick<Actor, "userId" | "name"> | null;
  subjectType: string;
  subjectId?: string | null;
  detail?: Record<string, unknown>;
}

export function auditData(entry: AuditEntry) {
  return {
    action: entry.action,
    actorId: entry.actor?.userId ?? null,
    actorLabel: entry.actor?.name ?? "anonymous",
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
}

export async function audit(entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: auditData(entry) });
}
