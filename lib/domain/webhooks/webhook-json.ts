// Webhook endpoints and their deliveries as `GET/POST /api/v1/webhooks` and the desk answer them,
// as zod schemas for the OpenAPI document; the types are inferred from them.
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./events";
import { WEBHOOK_KINDS } from "./webhook-input";

const timestamp = z.iso.datetime({ offset: true });

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const webhookDeliverySchema = z.strictObject({
  id: z.string(),
  eventId: z.string().describe("The event's id: the body's `id` and the X-Results-Event-Id header."),
  type: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.int().min(0),
  lastStatusCode: z.int().nullable().describe("The HTTP status of the last try; null when it got no answer."),
  lastError: z.string().nullable().describe("Why the last try failed, in words."),
  responseExcerpt: z.string().nullable().describe("The first 200 characters of the last answer's body."),
  lastAttemptAt: timestamp.nullable(),
  nextAttemptAt: timestamp.nullable().describe("When it is tried next; null once delivered or failed."),
  deliveredAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type WebhookDeliveryState = z.infer<typeof webhookDeliverySchema>;

export const webhookEndpointSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  url: z.string().describe("Where deliveries go; a Slack URL (a credential itself) as its host and last four characters."),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  createdAt: timestamp,
  deliveries: z.array(webhookDeliverySchema).describe("The newest first, at most 20."),
});
export type WebhookEndpointState = z.infer<typeof webhookEndpointSchema>;

export const createdWebhookSchema = webhookEndpointSchema.extend({
  secret: z.string().describe("Signs every delivery. Shown here once; keep it with the receiver."),
});

export const webhookListSchema = z.strictObject({ webhooks: z.array(webhookEndpointSchema) });

export const webhookRemovedSchema = z.strictObject({ id: z.string(), removed: z.literal(true) });
