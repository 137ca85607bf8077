import "server-only";
// An event becomes deliveries: one per endpoint that wants its type and existed when it happened,
// made in one batch with the event marked done. A delivery's id is made of the endpoint's and the
// event's, and each pair is unique, so working an event out twice makes no second delivery.
import { Prisma } from "@/lib/generated/prisma/client";
import { eventsOf } from "@/lib/domain/webhooks/webhook-input";
import { db } from "@/lib/server/db";
import { asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import type { PendingEvent } from "@/lib/server/webhooks/outbox-store";

/** Deliveries of `eventId` to these endpoints, due at once; endpoints removed meanwhile are skipped. */
export function deliveriesStatement(eventId: string, endpointIds: readonly string[], now: Date): Prisma.PrismaPromise<number> {
  const at = asTimestamp(sqlTimestamp(now));
  return db.$executeRaw`INSERT INTO "WebhookDelivery" ("id", "endpointId", "eventId", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT "id" || ':' || ${eventId}, "id", ${eventId}, 'pending', 0, ${at}, ${at}
    FROM "WebhookEndpoint" WHERE "id" IN (${Prisma.join(endpointIds)})
    ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
}

export async function fanOut(event: PendingEvent, now: Date): Promise<void> {
  const endpoints = await db.webhookEndpoint.findMany({ where: { createdAt: { lte: event.createdAt } }, select: { id: true, events: true } });
  const wanting = endpoints.filter((endpoint) => eventsOf(endpoint.events).includes(event.type)).map((endpoint) => endpoint.id);
  await db.$transaction([
    ...(wanting.length > 0 ? [deliveriesStatement(event.id, wanting, now)] : []),
    db.outboxEvent.updateMany({ where: { id: event.id }, data: { processedAt: now, lockedUntil: null } }),
  ]);
}
