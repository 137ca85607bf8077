// The answer of `GET /api/v1/search` as zod schemas, for the OpenAPI document. The types are
// lib/server/queries/search.ts's; the matching rules are search.ts's. The search box itself reads
// the JSON without these: zod in a reader page's bundle would trip the CSP.
import { z } from "zod";
import { MAX_QUERY_LENGTH, SUGGESTION_LIMIT } from "./search";

const testData = z.boolean().describe("Found only in test data: not real results.");

export const searchQuerySchema = z.object({ q: z.string().optional() });

export const electionFoundSchema = z.object({
  slug: z.string(),
  name: z.string(),
  date: z.iso.date(),
  jurisdiction: z.string(),
  testData,
  url: z.string().describe("The election's reader page."),
});

export const raceFoundSchema = z.object({
  slug: z.string(),
  name: z.string().describe('Office and seat: "Atlanta City Council, District 5".'),
  office: z.string(),
  seat: z.string(),
  election: z.object({ slug: z.string(), name: z.string(), date: z.iso.date() }),
  testData,
  url: z.string().describe("The race's reader page."),
});

export const candidateFoundSchema = z.object({
  slug: z.string(),
  name: z.string(),
  party: z.string().nullable(),
  latestRace: z.object({ slug: z.string(), name: z.string(), electionName: z.string() }).describe("The newest race the candidate ran in."),
  testData: testData.describe("Every race the candidate ran in is in an election of test data."),
  url: z.string().describe("The candidate's reader page."),
});

export const searchResultsSchema = z.object({
  races: z.array(raceFoundSchema),
  candidates: z.array(candidateFoundSchema),
  elections: z.array(electionFoundSchema),
});

export const SEARCH_QUERY_DESCRIPTION = `Words to find, in any case, with or without accents; each must begin a word of the name (or of its election, party or jurisdiction). Cut to ${MAX_QUERY_LENGTH} characters; none finds nothing. At most ${SUGGESTION_LIMIT} of each kind, best first.`;
