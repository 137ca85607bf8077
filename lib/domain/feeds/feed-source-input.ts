// What editors send to add, change and remove a polled feed source of an election
// (`POST /api/v1/elections/{slug}/feeds`, `PATCH …/feeds/{id}`, the desk's feeds page). As in
// election-setup.ts, wrong types are malformed requests and values a person typed wrong are refused
// on their field, each message finishing a sentence that starts with the field's name.
import { z } from "zod";
import { nameText } from "../name-text";
import { carriesKey } from "./feed-request-url";
import { FEED_FORMATS, type FeedFormat } from "./feed-snapshot";

/**
 * How often each format may be asked, at most (FEEDS.md): AP gains nothing below about 5 seconds;
 * Clarity asks for politeness, 30–60 seconds per jurisdiction; a CSV file is a plain download.
 */
export const MIN_INTERVAL_SECONDS: Record<FeedFormat, number> = {
  "ap-json": 5,
  "clarity-xml": 30,
  "clarity-json": 30,
  "openelections-csv": 5,
};
/** What a source is asked every, when the editor does not say. */
export const DEFAULT_INTERVAL_SECONDS: Record<FeedFormat, number> = {
  "ap-json": 10,
  "clarity-xml": 60,
  "clarity-json": 60,
  "openelections-csv": 300,
};
export const MAX_INTERVAL_SECONDS = 24 * 60 * 60;
export const MAX_FEED_RACE_KEYS = 1_000;

/** Why `seconds` is too often for `format`, or null. */
export function intervalProblem(format: FeedFormat, seconds: number): string | null {
  const min = MIN_INTERVAL_SECONDS[format];
  return seconds < min ? `must be at least ${min} seconds for ${format} sources` : null;
}

const interval = z
  .union([z.number(), z.nan()])
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_INTERVAL_SECONDS, `must be a whole number of seconds from 1 to ${MAX_INTERVAL_SECONDS}`);

export const feedUrlSchema = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  // Any host, IP addresses included (a newsroom's mirror may be one): what a poller may reach is
  // decided when it connects (FEED_ALLOWED_HOSTS), not here.
  .pipe(z.url({ protocol: /^https?$/, error: "must be a web address starting with https:// or http://" }))
  .refine((url) => !carriesKey(url), "must not carry a key or password: the AP key is sent from the AP_API_KEY setting, in a header");

/** A feed's own race key (AP "KY-18525", a Clarity contest name): one line, not blank. */
const raceKey = z
  .string()
  .trim()
  .min(1, "must not be blank")
  .max(300, "must be at most 300 characters")
  .refine((key) => !/[\r\n]/.test(key), "must be on one line");

const raceKeys = z
  .array(raceKey)
  .max(MAX_FEED_RACE_KEYS, `must list at most ${MAX_FEED_RACE_KEYS} races`)
  .transform((keys) => [...new Set(keys)])
  .describe("The feed's race keys to take (AP \"KY-18525\", a Clarity contest name); empty takes every race.");

export const newFeedSourceSchema = z
  .object({
    name: nameText(120),
    format: z.enum(FEED_FORMATS, `must be one of ${FEED_FORMATS.join(", ")}`),
    url: feedUrlSchema.describe(
      "AP: the first request (`https://api.ap.org/v3/elections/2026-11-03?format=json&…`, no key). Clarity: the jurisdiction's base (`https://results.enr.clarityelections.com/GA/105369/`). OpenElections: the CSV file.",
    ),
    intervalSeconds: interval.optional().describe("How often to ask, in seconds: at least 5 for AP and CSV files, 30 for Clarity."),
    races: raceKeys.default([]),
    createMissing: z.boolean().default(false).describe("Whether the poller may create the races, candidates and units the feed names."),
    paused: z.boolean().default(false),
  })
  .strict()
  .superRefine((source, ctx) => {
    const problem = source.intervalSeconds === undefined ? null : intervalProblem(source.format, source.intervalSeconds);
    if (problem) ctx.addIssue({ code: "custom", path: ["intervalSeconds"], message: problem });
  })
  .transform((source) => ({
    ...source,
    url: source.format.startsWith("clarity-") ? clarityBase(source.url) : source.url,
    intervalSeconds: source.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS[source.format],
  }));

export type NewFeedSource = z.infer<typeof newFeedSourceSchema>;

/** Pause or resume, and the settings that can change without starting the source over. */
export const feedSourceEditSchema = z
  .object({
    name: nameText(120).optional(),
    intervalSeconds: interval.optional(),
    races: raceKeys.optional(),
    createMissing: z.boolean().optional(),
    paused: z.boolean().optional(),
  })
  .strict();

export type FeedSourceEdit = z.infer<typeof feedSourceEditSchema>;

/**
 * A Clarity jurisdiction's base URL, ending in "/": `…/GA/105369/` from itself, from
 * `…/GA/105369` or from `…/GA/105369/current_ver.txt`. Query and fragment are dropped.
 */
export function clarityBase(url: string): string {
  const parsed = new URL(url);
  parsed.search = "";
  parsed.hash = "";
  parsed.pathname = parsed.pathname.replace(/\/current_ver\.txt$/i, "/").replace(/\/?$/, "/");
  return parsed.toString();
}

/** The races list as stored (one key per line; empty takes every race), and back. */
export const storedRaceKeys = (keys: readonly string[]): string => keys.join("\n");
export const raceKeysOf = (stored: string): string[] => stored.split("\n").filter((key) => key !== "");
