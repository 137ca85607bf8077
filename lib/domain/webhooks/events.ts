// The events alerts carry, and the shape of their data, as zod schemas: the outbox stores them, the
// worker sends them, the README and the OpenAPI document describe them. Each delivery's body is
// `{"id", "type", "createdAt", "data"}`; `id` is the event's, the same on every try and every
// endpoint, so a receiver de-duplicates by it.
import { z } from "zod";

export const WEBHOOK_EVENT_TYPES = [
  "race.called",
  "race.retracted",
  "race.runoff",
  "race.too_close",
  "race.fully_reported",
  "story.published",
  "story.pulled",
  "feed.failing",
  "tally.correction",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent to one endpoint when an admin asks for a test ("Send a test event"). */
export const TEST_EVENT_TYPE = "webhook.test";
/**
 * Internal: a race's count changed. Never sent: the worker reads the race and announces
 * `race.too_close` or `race.fully_reported` when it has newly become so.
 */
export const RACE_COUNTED = "race.counted";

export type OutboxEventType = WebhookEventType | typeof TEST_EVENT_TYPE | typeof RACE_COUNTED;

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

export const raceRefSchema = z.strictObject({
  slug: z.string(),
  name: z.string().describe('How the race is named in a sentence: "District 5".'),
  office: z.string(),
  seat: z.string(),
  election: z.string().describe("The election's slug."),
  url: z.string().describe("The race's reader page."),
});
export type RaceRef = z.infer<typeof raceRefSchema>;

export const candidateVotesSchema = z.strictObject({ slug: z.string(), name: z.string(), votes: z.int().min(0) });
export type CandidateVotes = z.infer<typeof candidateVotesSchema>;

const by = z.string().nullable().describe("Who did it (a person's name, or a feed's); null for what the count did by itself.");
const candidates = z.array(candidateVotesSchema).describe("Every candidate, most votes first.");
const storyRef = z.strictObject({ id: z.string(), slug: z.string(), headline: z.string(), url: z.string() });

export const EVENT_DATA_SCHEMAS = {
  "race.called": z.strictObject({ race: raceRefSchema, winners: z.array(z.string()).describe("Candidate slugs."), candidates, note: z.string().nullable(), by }),
  "race.retracted": z.strictObject({ race: raceRefSchema, note: z.string().nullable(), by }),
  "race.runoff": z.strictObject({ race: raceRefSchema, advancing: z.array(z.string()).describe("Candidate slugs."), candidates, note: z.string().nullable(), by }),
  "race.too_close": z.strictObject({
    race: raceRefSchema,
    candidates,
    margin: z.strictObject({ votes: z.int(), pct: z.number() }).nullable(),
    cause: z.enum(["call", "count"]).describe("`call`: an editor marked it too close to call; `count`: the count came inside the recount band, or tied."),
    by,
  }),
  "race.fully_reported": z.strictObject({ race: raceRefSchema, candidates, precinctsTotal: z.int().min(0) }),
  "story.published": z.strictObject({ story: storyRef, race: raceRefSchema, by }),
  "story.pulled": z.strictObject({ story: storyRef, race: raceRefSchema, reason: z.string(), by }),
  "feed.failing": z.strictObject({
    source: z.strictObject({ id: z.string(), name: z.string(), format: z.string() }),
    election: z.string(),
    error: z.string(),
  }),
  "tally.correction": z.strictObject({
    race: raceRefSchema,
    unit: z.strictObject({ slug: z.string(), name: z.string() }),
    changes: z.array(z.strictObject({ candidate: z.string().describe("The candidate's name."), before: z.int(), after: z.int() })).describe("Only the counts that went down."),
    source: z.string().describe("`manual`, `csv` or `feed`."),
    by,
  }),
  [TEST_EVENT_TYPE]: z.strictObject({ message: z.string() }),
} as const;

export type EventData<T extends keyof typeof EVENT_DATA_SCHEMAS> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;
export type SentEventType = keyof typeof EVENT_DATA_SCHEMAS;

/** An event as the outbox holds it before it is sent. */
export type AlertEvent = { [T in SentEventType]: { type: T; data: EventData<T> } }[SentEventType];

/** What a delivery's body holds. */
export interface DeliveryBody {
  id: string;
  type: string;
  createdAt: string;
  data: unknown;
}

/** The exact bytes that are signed and sent. */
export function deliveryBody(event: DeliveryBody): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
}
