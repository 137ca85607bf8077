import "server-only";
// One try of one delivery, as the endpoint's kind wants it: a webhook gets the event's JSON, signed
// with its secret and carrying the event's id; Slack gets the event as a sentence.
import { deliveryBody } from "@/lib/domain/webhooks/events";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signDelivery } from "@/lib/domain/webhooks/signature";
import { slackMessage } from "@/lib/domain/webhooks/slack-message";
import type { DueDelivery } from "@/lib/server/webhooks/delivery-store";
import { postWebhook, type WebhookAnswer, type WebhookPostOptions } from "@/lib/server/webhooks/webhook-post";

export async function sendDelivery(delivery: DueDelivery, options: WebhookPostOptions, now: Date): Promise<WebhookAnswer> {
  const { endpoint, event } = delivery;
  const body = { id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: JSON.parse(event.data) as unknown };
  if (endpoint.kind === "slack") return postWebhook(endpoint.url, JSON.stringify(slackMessage(body)), {}, options);
  const raw = deliveryBody(body);
  const signature = await signDelivery(endpoint.secret, raw, Math.floor(now.getTime() / 1000));
  return postWebhook(endpoint.url, raw, { [SIGNATURE_HEADER]: signature, [EVENT_ID_HEADER]: event.id }, options);
}
