import "server-only";
// `GET/POST /api/v1/webhooks`, `DELETE /api/v1/webhooks/{id}`, the desk's "Send a test event" and
// "Send again", and the desk's webhooks page: where alerts go. Admins only.
//
// The secret signs every delivery, so it is kept as given (a hash could not sign); like an API key it
// is answered once, when the endpoint is added, and never read back (queries/webhooks.ts). Removing
// an endpoint removes its deliveries; the events stay in the outbox.
import { randomBytes, randomUUID } from "node:crypto";
import { TEST_EVENT_TYPE } from "@/lib/domain/webhooks/events";
import { newWebhookSchema, storedEvents } from "@/lib/domain/webhooks/webhook-input";
import { createdWebhookSchema, type WebhookDeliveryState } from "@/lib/domain/webhooks/webhook-json";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { auditData } from "@/lib/server/audit";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { invalid, notFound } from "@/lib/server/errors";
import { deliverySelect, readWebhook, toDeliveryState } from "@/lib/server/queries/webhooks";
import { webhookHostProblem } from "@/lib/server/webhooks/webhook-address-check";

export type CreatedWebhook = z.infer<typeof createdWebhookSchema>;

const generatedSecret = () => `whsec_${randomBytes(24).toString("hex")}`;

export async function addWebhook(actor: Actor | null, rawInput: unknown): Promise<CreatedWebhook> {
  const who = authorize(actor, "webhook:manage");
  const input = parseSetupInput(newWebhookSchema, rawInput);
  const refused = await webhookHostProblem(input.url, env.WEBHOOK_ALLOWED_HOSTS);
  if (refused) throw invalid({ url: refused }, refused);
  const id = randomUUID();
  const secret = input.secret ?? generatedSecret();
  await db.$transaction([
    db.webhookEndpoint.create({ data: { id, kind: input.kind, url: input.url, secret, events: storedEvents(input.events), createdById: who.userId } }),
    db.auditEvent.create({
      data: auditData({ action: "webhook.added", actor: who, subjectType: "WebhookEndpoint", subjectId: id, detail: { kind: input.kind, url: input.url, events: input.events, via: who.via } }),
    }),
  ]);
  return { ...(await readWebhook(id))!, secret };
}

async function endpointOf(id: string) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id }, select: { id: true, kind: true, url: true } });
  if (!endpoint) throw notFound(`Webhook "${id}"`);
  return endpoint;
}

export async function removeWebhook(actor: Actor | null, id: string): Promise<{ id: string; removed: true }> {
  const who = authorize(actor, "webhook:manage");
  const endpoint = await endpointOf(id);
  await db.$transaction([
    db.webhookEndpoint.deleteMany({ where: { id } }),
    db.auditEvent.create({ data: auditData({ action: "webhook.removed", actor: who, subjectType: "WebhookEndpoint", subjectId: id, detail: { ...endpoint, via: who.via } }) }),
  ]);
  return { id, removed: true };
}

const readDelivery = async (id: string) => toDeliveryState(await db.webhookDelivery.findUniqueOrThrow({ where: { id }, select: deliverySelect }));

/** A `webhook.test` event for this endpoint only, due at once: the worker sends it like any other. */
export async function sendTestEvent(actor: Actor | null, id: string): Promise<WebhookDeliveryState> {
  const who = authorize(actor, "webhook:manage");
  await endpointOf(id);
  const eventId = randomUUID();
  const deliveryId = randomUUID();
  const now = new Date();
  const data = { message: `${who.name} sent this test from the desk; alerts reach this endpoint.` };
  await db.$transaction([
    db.outboxEvent.create({ data: { id: eventId, type: TEST_EVENT_TYPE, data: JSON.stringify(data), createdAt: now, processedAt: now } }),
    db.webhookDelivery.create({ data: { id: deliveryId, endpointId: id, eventId, nextAttemptAt: now, createdAt: now } }),
    db.auditEvent.create({ data: auditData({ action: "webhook.tested", actor: who, subjectType: "WebhookEndpoint", subjectId: id, detail: { eventId, via: who.via } }) }),
  ]);
  return readDelivery(deliveryId);
}

/**
 * Sends a delivery again, now, with the whole retry schedule ahead of it: the same event and id, so
 * a receiver that had it already sees a duplicate it drops.
 */
export async function resendDelivery(actor: Actor | null, endpointId: string, deliveryId: string): Promise<WebhookDeliveryState> {
  const who = authorize(actor, "webhook:manage");
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId }, select: { id: true, eventId: true, status: true, attempts: true } });
  if (!delivery) throw notFound(`Delivery "${deliveryId}" of this webhook`);
  await db.$transaction([
    db.webhookDelivery.updateMany({ where: { id: deliveryId }, data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null } }),
    db.auditEvent.create({
      data: auditData({ action: "webhook.resent", actor: who, subjectType: "WebhookDelivery", subjectId: deliveryId, detail: { endpointId, eventId: delivery.eventId, was: delivery.status, attempts: delivery.attempts, via: who.via } }),
    }),
  ]);
  return readDelivery(deliveryId);
}
