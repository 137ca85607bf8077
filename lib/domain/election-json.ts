// The election JSON of `GET /api/v1/elections` and `GET /api/v1/elections/{slug}` (DESIGN.md
// section 4) as zod schemas, for the OpenAPI document. The types are lib/server/queries/elections.ts's.
// As with the race, a z.object may gain fields later.
import { z } from "zod";
import { raceSummarySchema } from "./race-json";

export const electionSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  date: z.iso.date(),
  jurisdiction: z.string(),
  isDemo: z.boolean(),
  testData: z.boolean().describe("The election holds test data: its results are not real, and nothing about them can be published."),
  raceCount: z.int().min(0),
});

export const electionListSchema = z.object({ elections: z.array(electionSummarySchema).describe("Newest first.") });

export const electionWithRacesSchema = electionSummarySchema.extend({ races: z.array(raceSummarySchema) });

/** The answer to an edit (PATCH): the election with its desk settings, which the public JSON leaves out. */
export const editedElectionSchema = electionWithRacesSchema.extend({
  closeCallsNeedSecondEditor: z.boolean().describe("Whether a close call in this election waits for a second editor's confirmation, as the edit left it."),
});
