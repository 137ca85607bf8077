import "server-only";
// Appends to the audit log. Commands that write in a batch add the audit row to their batch
// (auditData for Prisma's own writes, auditStatement for raw guarded batches); audit() is for
// events with nothing else to write (sign-ins, key creation).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { asTimestamp } from "@/lib/server/sql-dialect";

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

/** The audit table's columns, in the order auditStatement and the pulled-stories statement give them. */
export const AUDIT_COLUMNS = Prisma.sql`"id", "action", "actorId", "actorLabel", "subjectType", "subjectId", "detail", "createdAt"`;

/** One audit row as a raw statement, inserted only when `when` holds (a guarded batch's claim). */
export function auditStatement(entry: AuditEntry, at: string, when: Prisma.Sql): Prisma.Sql {
  const row = auditData(entry);
  return Prisma.sql`INSERT INTO "AuditEvent" (${AUDIT_COLUMNS})
    SELECT ${randomUUID()}, ${row.action}, ${row.actorId}, ${row.actorLabel}, ${row.subjectType}, ${row.subjectId}, ${row.detail}, ${asTimestamp(at)}
    WHERE ${when}`;
}
