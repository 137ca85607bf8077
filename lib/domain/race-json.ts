// The race JSON of `GET /api/v1/races/{slug}` (DESIGN.md section 4) as zod schemas, for the OpenAPI
// document. The types stay in race-result.ts and race-call.ts; lib/server/openapi/answers.test.ts
// checks that they and these schemas agree.
//
// The contract gives the race "at least" these fields, so a z.object here may gain fields later
// (the document allows extra properties); the fields it names are exact. A z.strictObject is closed.
import { z } from "zod";
import { METHOD_KINDS } from "./feeds/feed-snapshot";
import { CALL_STATUSES } from "./race-call";

const count = z.int().min(0);
const percent = z.number().min(0).max(100);
const timestamp = z.iso.datetime({ offset: true });

export const raceRuleJsonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("plurality") }),
  z.strictObject({ kind: z.literal("majority"), thresholdPct: percent.describe("Share of the vote a winner needs, in percent.") }),
]);

export const currentCallSchema = z.object({
  status: z.enum(CALL_STATUSES),
  winners: z.array(z.string()).describe("Candidate slugs named as winners (status `called`)."),
  advancing: z.array(z.string()).describe("Candidate slugs sent to a runoff (status `runoff`)."),
  calledAt: timestamp.nullable(),
  note: z.string().nullable(),
  retractedAt: timestamp.nullable().describe("When the latest call was a retraction (the race is then uncalled); null otherwise."),
});

const expectedVotePct = percent.nullable().describe("The feed's estimate of the share of the expected vote counted (AP's eevp), 0–100; null when no feed gives one.");

export const methodVotesSchema = z.strictObject({
  method: z.string().describe('The feed\'s own name for the method, e.g. "Advanced Voting Votes".'),
  kind: z.enum(METHOD_KINDS),
  votes: count,
});

const votesByMethod = z
  .array(methodVotesSchema)
  .describe("Votes by how they were cast, when a feed reports them: election day, early, mail, provisional, then others, by name within a kind. Empty when none is reported; a feed may report only some methods or units, so these need not add up to `votes`.");

export const raceCandidateSchema = z.object({
  slug: z.string(),
  name: z.string(),
  party: z.string().nullable(),
  photoUrl: z.string().nullable(),
  incumbent: z.boolean(),
  ballotOrder: z.int().min(0),
  votes: count,
  pct: percent,
  rank: z.int().min(1),
  status: z.enum(["winner", "advancing", "leading"]).nullable(),
  withdrawn: z.boolean().describe("Withdrew from the race after set-up: listed after the candidates still running, with the votes they got; never leading, and no call names them."),
  votesByMethod: votesByMethod.describe("The units' votes by method added up, method by method (empty when none is reported)."),
});

export const reportingUnitSchema = z.object({
  slug: z.string(),
  name: z.string(),
  precinctsTotal: count,
  precinctsReporting: count,
  ballotsCast: count.nullable(),
  version: z.int().min(0).describe("Send it back with a tally write: a stale version is refused with 409 `version_conflict`."),
  votes: z.record(z.string(), count).describe("Votes keyed by candidate slug."),
  fips: z.string().nullable().describe("Census county FIPS code (five digits, zero-padded) when known; null otherwise."),
  expectedVotePct,
  votesByMethod: z.record(z.string(), votesByMethod).describe("Votes by method keyed by candidate slug, for the candidates a feed reports them for; {} when none."),
});

const raceFields = {
  slug: z.string(),
  office: z.string(),
  seat: z.string(),
  election: z.object({ slug: z.string(), name: z.string(), date: z.iso.date(), isDemo: z.boolean() }),
  testData: z.boolean().describe("The race's election holds test data (a test night, a replay): these are not real results, and nothing about them can be published."),
  rule: raceRuleJsonSchema,
  seats: z.int().min(1),
  recountMarginPct: z.number().min(0).nullable(),
  reporting: z.object({ precinctsReporting: count, precinctsTotal: count, pct: percent }),
  expectedVotePct,
  totalVotes: count,
  margin: z.object({ votes: z.int(), pct: z.number() }).nullable().describe("Between the last winner (or leader) and the first candidate out; null before there are two."),
  projectedVotesRemaining: z.number().min(0),
  candidates: z.array(raceCandidateSchema).describe("In rank order."),
  call: currentCallSchema,
  flags: z.object({ runoffLikely: z.boolean(), recountEligible: z.boolean(), tie: z.boolean() }),
  updatedAt: timestamp,
  version: z.int().min(0).describe("The race's version: it moves with every change to its count or call. The id of its server-sent events."),
};

export const raceResultSchema = z.object({ ...raceFields, units: z.array(reportingUnitSchema) });

export const lastCountChangeSchema = z
  .strictObject({
    at: timestamp,
    unit: z.string().nullable().describe("The unit's name when the batch changed one unit; null when it changed several."),
    unitCount: z.int().min(1).describe("How many units the batch changed."),
    gains: z
      .array(z.strictObject({ slug: z.string(), name: z.string(), delta: z.int().describe("Net change in the batch; negative for a lowered count.") }))
      .describe("Each candidate's net change, in ballot order; candidates the batch left alone are not listed."),
  })
  .describe("The race's latest batch of votes (one write: a desk save of a unit, a CSV file, a feed snapshot).");

/** The race as readers get it (`GET /api/v1/races/{slug}` and its events): with its latest batch. */
export const publicRaceSchema = raceResultSchema.extend({
  lastChange: lastCountChangeSchema.nullable().describe("The latest batch of votes; null before any vote is counted."),
});

/** A race in a list (an election's races): the same without its units. */
export const raceSummarySchema = z.object(raceFields);

/** The tally timeline of `GET /api/v1/races/{slug}/history`: one point per batch of writes. */
export const raceHistorySchema = z.strictObject({
  slug: z.string(),
  pair: z
    .tuple([z.string(), z.string()])
    .nullable()
    .describe("The two candidates the margin is measured between, the one ahead on the deciding line first; null when the line is a threshold."),
  line: z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("seat"), above: z.string(), below: z.string(), seats: z.int().min(1) }),
      z.strictObject({ kind: z.literal("runoff"), above: z.string(), below: z.string() }),
      z.strictObject({ kind: z.literal("threshold"), candidate: z.string(), thresholdPct: percent }),
    ])
    .nullable()
    .describe(
      "What decides the race, chosen on the count now: `seat`, the last winning seat against the first losing one (leader against runner-up in a one-seat race); `runoff`, the second runoff place against the third; `threshold`, the leader against the share that wins outright.",
    ),
  candidates: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  points: z.array(
    z.strictObject({
      at: timestamp,
      leaderId: z.string().nullable(),
      margin: z.int().min(0),
      signedMargin: z.int().describe("Votes above the line: the first of the pair's minus the second's, or the candidate's minus the votes that reach the threshold."),
      totals: z.record(z.string(), count).describe("Race totals by candidate slug after the batch."),
    }),
  ),
  leadChanges: z.array(z.strictObject({ at: timestamp, from: z.string().nullable(), to: z.string() })),
});
