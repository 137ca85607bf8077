// What a feed import answers (`POST /api/v1/elections/{slug}/feed-imports`, `npm run feed -- import`,
// the desk's feed page and the pollers), and its options.
import { z } from "zod";
import { FEED_FORMATS, type FeedProblem } from "./feed-snapshot";
import { queryFlag } from "../query-flag";

export interface FeedImportRace {
  slug: string;
  name: string;
  /** Whether this import created the race (with `create`). */
  created: boolean;
  /** Units whose count this import changed (or would, in a dry run). */
  unitsChanged: number;
  /** Units whose count went down: applied, and marked as corrections. */
  unitsCorrected: number;
  /** Units the desk entered by hand: the feed's count is recorded beside them, not applied. */
  unitsHeld: number;
}

export interface FeedImportReport {
  /** The kept snapshot; null only for a dry run. */
  snapshotId: string | null;
  /** The same bytes as the last snapshot of this election: nothing was read or written. */
  unchanged: boolean;
  dryRun: boolean;
  isTest: boolean;
  races: FeedImportRace[];
  /** Why the snapshot was refused (422), or what is worth a look in an applied one. */
  problems: FeedProblem[];
}

export const feedImportOptionsSchema = z.object({
  format: z.enum(FEED_FORMATS, { error: `format must be one of ${FEED_FORMATS.join(", ")}` }),
  /** Create the races, candidates and units the file names that the election lacks (editors). */
  create: queryFlag.optional().default(false),
  dryRun: queryFlag.optional().default(false),
});

export type FeedImportOptions = z.infer<typeof feedImportOptionsSchema>;

// The answer as zod schemas, for the OpenAPI document.
export const feedProblemSchema = z.strictObject({
  where: z.string().describe('Where, in the file\'s own terms: "line 12", "Contest President", "race \\"Governor, Kentucky\\"".'),
  message: z.string(),
});

export const feedImportReportSchema = z.strictObject({
  snapshotId: z.string().nullable().describe("The kept snapshot; null for a dry run."),
  unchanged: z.boolean().describe("The same bytes as the source's last snapshot: nothing was read or written."),
  dryRun: z.boolean(),
  isTest: z.boolean().describe("The payload is test data; the election is marked as test data."),
  races: z.array(
    z.strictObject({
      slug: z.string(),
      name: z.string(),
      created: z.boolean(),
      unitsChanged: z.int().min(0),
      unitsCorrected: z.int().min(0).describe("Units whose count went down: applied, marked as corrections."),
      unitsHeld: z.int().min(0).describe("Units entered by hand on the desk: the feed's count is recorded beside them, not applied."),
    }),
  ),
  problems: z.array(feedProblemSchema).describe("Why the snapshot was refused, or what is worth a look in an applied one."),
});
