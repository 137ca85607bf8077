import "server-only";
// The worker's reads and claims of outbox events. No interactive transaction (prisma/orm#29870 on
// SQLite): an event is claimed by one conditional updateMany on its lock, so two workers (two
// instances on one SQLite file, or a PostgreSQL leader handing over) never work on it at once; a
// worker that dies holding it only delays it until the lock runs out.
import { db } from "@/lib/server/db";

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

/** Takes the event for this worker, unless another holds it or has finished it. */
export async function claimEvent(id: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxEvent.updateMany({
    where: { id, processedAt: null, ...unlocked(now) },
    data: { lockedUntil: new Date(now.getTime() + EVENT_CLAIM_MS) },
  });
  return count === 1;
}

/** Gives a claimed event back, to be worked out again on a later tick. */
export async function releaseEvent(id: string): Promise<void> {
  await db.outboxEvent.updateMany({ where: { id, processedAt: null }, data: { lockedUntil: null } });
}
