// What admins send to add a webhook (`POST /api/v1/webhooks`, the desk's webhooks page): the URL,
// the kind (signed JSON, or a Slack incoming webhook), the events wanted and, optionally, the secret
// (one is generated when none is given). Values a person typed wrong are refused on their field.
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./events";

export const WEBHOOK_KINDS = ["webhook", "slack"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const MAX_WEBHOOK_URL_LENGTH = 2_000;
export const MIN_SECRET_LENGTH = 16;

/** The URL as typed, if it is an http:// or https:// address with a host and no user name or password. */
export function webhookUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be a web address, like https://example.org/hooks/results";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http:// or https:// address";
  if (url.username || url.password) return "must not hold a user name or password (the signature proves the sender)";
  return null;
}

export const newWebhookSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .max(MAX_WEBHOOK_URL_LENGTH, `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`)
    .superRefine((url, context) => {
      const problem = webhookUrlProblem(url);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .describe("Where deliveries are POSTed: http(s) only; private and loopback addresses need the host in WEBHOOK_ALLOWED_HOSTS."),
  kind: z.enum(WEBHOOK_KINDS).default("webhook").describe("`webhook`: signed JSON; `slack`: a Slack incoming webhook, sent readable messages."),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .min(1, "must name at least one event")
    .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type))),
  secret: z
    .string()
    .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`)
    .max(200, "must be at most 200 characters")
    .optional()
    .describe("Signs deliveries; generated when not given. Answered once, by this request."),
});
export type NewWebhook = z.infer<typeof newWebhookSchema>;

/**
 * A Slack incoming webhook's URL is its own credential (anyone holding it can post to the channel),
 * so once added it is shown like a key: the host, and the last four characters to tell two apart.
 */
export function shownSlackUrl(url: string): string {
  const { origin } = new URL(url);
  return `${origin}/…${url.slice(-4)}`;
}

/** Event types as the endpoint row stores them: one per line. */
export const storedEvents = (events: readonly string[]) => events.join("\n");
export const eventsOf = (stored: string) => stored.split("\n").filter((type) => type !== "");
