import "server-only";
// The worker's reads and claims of outbox events. No interactive transaction (prisma/orm#29870 on
// SQLite): events are claimed by one conditional update of their locks, so two workers (two
// instances on one SQLite file, or a PostgreSQL leader handing over) never work on it at once; a
// worker that dies holding it only delays it until the lock runs out.
import { Prisma } from "@/lib/generated/prisma/client";
import { RACE_COUNTED } from "@/lib/domain/webhooks/events";
import { db } from "@/lib/server/db";
import { asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";

export interface PendingEvent {
  id: string;
  type: string;
  data: string;
  createdAt: Date;
}

/** How long a claim on an event lasts: far longer than working it out takes. */
export const EVENT_CLAIM_MS = 30_000;

const unlocked = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

/** Events not yet worked out and not claimed by a live worker, oldest first. */
export async function pendingEvents(now: Date, limit: number): Promise<PendingEvent[]> {
  return db.outboxEvent.findMany({
    where: { processedAt: null, ...unlocked(now) },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, type: true, data: true, createdAt: true },
  });
}

/**
 * Takes the events for this worker, all in one statement (a busy night writes hundreds of counts a
 * second, each with its event), but those another holds or has finished; answers the ids taken.
 */
export async function claimEvents(ids: readonly string[], now: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`UPDATE "OutboxEvent" SET "lockedUntil" = ${asTimestamp(sqlTimestamp(new Date(now.getTime() + EVENT_CLAIM_MS)))}
    WHERE "id" IN (${Prisma.join(ids)}) AND "processedAt" IS NULL AND ("lockedUntil" IS NULL OR "lockedUntil" < ${asTimestamp(sqlTimestamp(now))})
    RETURNING "id"`;
  return new Set(rows.map((row) => row.id));
}

/** Gives a claimed event back, to be worked out again on a later tick. */
export async function releaseEvent(id: string): Promise<void> {
  await db.outboxEvent.updateMany({ where: { id, processedAt: null }, data: { lockedUntil: null } });
}

/**
 * How long a worked-out `race.counted` event is kept. It is internal (no endpoint receives it) and
 * written with every count, hundreds a second on a busy night; the alerts it led to stay.
 */
export const COUNTED_EVENT_KEPT_MS = 60 * 60 * 1000;

/** Removes the `race.counted` events worked out more than COUNTED_EVENT_KEPT_MS ago; answers how many. */
export async function pruneCountedEvents(now: Date): Promise<number> {
  const { count } = await db.outboxEvent.deleteMany({
    where: { type: RACE_COUNTED, processedAt: { lt: new Date(now.getTime() - COUNTED_EVENT_KEPT_MS) } },
  });
  return count;
}
