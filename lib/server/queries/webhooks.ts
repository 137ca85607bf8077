import "server-only";
// Reads of the webhook endpoints and their latest deliveries, for the desk's webhooks page and
// `GET /api/v1/webhooks`. Admins only; secrets are never read here (they are shown once, when added),
// and a Slack URL, which is a credential itself, is shown in part.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "@/lib/domain/webhooks/events";
import { eventsOf, shownSlackUrl, type WebhookKind } from "@/lib/domain/webhooks/webhook-input";
import type { DeliveryStatus, WebhookDeliveryState, WebhookEndpointState } from "@/lib/domain/webhooks/webhook-json";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export const LATEST_DELIVERIES = 20;

export const deliverySelect = {
  id: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  responseExcerpt: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { id: true, type: true } },
} satisfies Prisma.WebhookDeliverySelect;

const endpointSelect = {
  id: true,
  kind: true,
  url: true,
  events: true,
  createdAt: true,
  deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LATEST_DELIVERIES, select: deliverySelect },
} satisfies Prisma.WebhookEndpointSelect;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toDeliveryState({ event, ...row }: Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>): WebhookDeliveryState {
  return {
    ...row,
    eventId: event.id,
    type: event.type,
    status: row.status as DeliveryStatus,
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: iso(row.nextAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
  };
}

function toState({ deliveries, events, kind, ...row }: Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>): WebhookEndpointState {
  return {
    ...row,
    kind: kind as WebhookKind,
    url: kind === "slack" ? shownSlackUrl(row.url) : row.url,
    events: eventsOf(events) as WebhookEventType[],
    createdAt: row.createdAt.toISOString(),
    deliveries: deliveries.map(toDeliveryState),
  };
}

/** Every endpoint, oldest first, with its latest deliveries. */
export async function listWebhooks(actor: Actor | null): Promise<WebhookEndpointState[]> {
  authorize(actor, "webhook:manage");
  const rows = await db.webhookEndpoint.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: endpointSelect });
  return rows.map(toState);
}

export async function readWebhook(id: string): Promise<WebhookEndpointState | null> {
  const row = await db.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
  return row ? toState(row) : null;
}
