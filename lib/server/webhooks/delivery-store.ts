import "server-only";
// The worker's reads and writes of deliveries. Each try is claimed first by one conditional
// updateMany (the delivery still pending, at the attempt count read, and not locked by a live
// worker), so two workers, two instances on one SQLite file included, never send the same try
// twice. A try's outcome is written only while the claim stands: a "send again" meanwhile wins.
import { retryDelayMs } from "@/lib/domain/webhooks/retry-schedule";
import { db } from "@/lib/server/db";
import type { WebhookAnswer } from "@/lib/server/webhooks/webhook-post";

export interface DueDelivery {
  id: string;
  attempts: number;
  endpoint: { kind: string; url: string; secret: string };
  event: { id: string; type: string; data: string; createdAt: Date };
}

const unlocked = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

/** Pending deliveries whose next try is due, soonest first, leaving out those this worker is sending. */
export async function dueDeliveries(now: Date, exclude: readonly string[], limit: number): Promise<DueDelivery[]> {
  if (limit <= 0) return [];
  return db.webhookDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, id: { notIn: [...exclude] }, ...unlocked(now) },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: {
      id: true,
      attempts: true,
      endpoint: { select: { kind: true, url: true, secret: true } },
      event: { select: { id: true, type: true, data: true, createdAt: true } },
    },
  });
}

/** Takes one try of the delivery until `until`; false when another worker took it or it changed. */
export async function claimDelivery(delivery: DueDelivery, now: Date, until: Date): Promise<boolean> {
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "pending", attempts: delivery.attempts, ...unlocked(now) },
    data: { lockedUntil: until },
  });
  return count === 1;
}

/**
 * Records a try: delivered, or failed and due again after the schedule's wait, or failed for good
 * after the schedule's last. `claimedUntil` is the claim the try was made under.
 */
export async function recordTry(delivery: DueDelivery, answer: WebhookAnswer, now: Date, claimedUntil: Date, schedule: readonly number[]): Promise<void> {
  const attempts = delivery.attempts + 1;
  const wait = answer.delivered ? null : retryDelayMs(schedule, attempts);
  const status = answer.delivered ? "delivered" : wait === null ? "failed" : "pending";
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, attempts: delivery.attempts, lockedUntil: claimedUntil },
    data: {
      status,
      attempts,
      lastAttemptAt: now,
      lastStatusCode: answer.status,
      lastError: answer.error,
      responseExcerpt: answer.excerpt,
      deliveredAt: answer.delivered ? now : null,
      nextAttemptAt: wait === null ? null : new Date(now.getTime() + wait),
      lockedUntil: null,
    },
  });
}
