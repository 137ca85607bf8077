// A polled feed source as `GET /api/v1/elections/{slug}/feeds` and the feed-source commands answer
// it, as zod schemas for the OpenAPI document; the types are inferred from them.
import { z } from "zod";
import { FEED_FORMATS } from "./feed-snapshot";

const timestamp = z.iso.datetime({ offset: true });

export const feedSnapshotSummarySchema = z.strictObject({
  id: z.string(),
  status: z.string().describe("`applied`, `unchanged`, `refused` or `checked` (a dry run)."),
  receivedAt: timestamp,
  sha256: z.string().describe("The first 12 hex digits of the payload's SHA-256."),
  sourceVersion: z.string().nullable().describe("The feed's version of the payload (Clarity), when it has one."),
});

export const feedSourceSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  format: z.enum(FEED_FORMATS),
  url: z.string().describe("What the poller asks first (AP), the jurisdiction's base (Clarity) or the file (OpenElections). Never holds a key."),
  intervalSeconds: z.int().min(1),
  races: z.array(z.string()).describe("The feed's race keys taken; empty takes every race."),
  createMissing: z.boolean(),
  paused: z.boolean(),
  lastFetchAt: timestamp.nullable().describe("The last time the feed answered (a 304 included)."),
  lastChangeAt: timestamp.nullable().describe("The last time an answer changed something."),
  lastError: z.string().nullable().describe("The last failure, in words; kept after the source recovers (compare lastErrorAt and lastFetchAt)."),
  lastErrorAt: timestamp.nullable(),
  failures: z.int().min(0).describe("Failures in a row; each doubles the wait before the next try, up to 10 minutes."),
  nextFetchAt: timestamp.nullable().describe("When the poller asks next; null until the first poll."),
  version: z.string().nullable().describe("The Clarity version last taken."),
  snapshotCount: z.int().min(0),
  latestSnapshots: z.array(feedSnapshotSummarySchema).describe("The newest first, at most 5."),
});

export const feedSourceListSchema = z.strictObject({
  election: z.string().describe("The election's slug."),
  sources: z.array(feedSourceSchema),
});

export const feedSourceRemovedSchema = z.strictObject({
  id: z.string(),
  removed: z.literal(true),
});

export type FeedSnapshotSummary = z.infer<typeof feedSnapshotSummarySchema>;
export type FeedSourceState = z.infer<typeof feedSourceSchema>;
export type FeedSourceList = z.infer<typeof feedSourceListSchema>;
