// The answer schemas of the OpenAPI document against what the code answers: at compile time, each
// schema against the TypeScript type it describes (tsc checks this file); at run time, answers
// built by the domain and the error helpers against the document.
import { expectTypeOf, expect, test } from "vitest";
import type { z } from "zod";
import type { Finding, RefusalCode, WarningCode } from "@/lib/domain/call-guard";
import type { pendingCallSchema, raceCalledSchema, REFUSAL_CODES, refusalSchema, WARNING_CODES } from "@/lib/domain/call-json";
import type { candidatePhotoSetSchema, candidateProfileRecordSchema } from "@/lib/domain/candidate-json";
import type { ImportProblem, ImportReport } from "@/lib/domain/csv-tallies";
import type { electionListSchema, electionSummarySchema, electionWithRacesSchema } from "@/lib/domain/election-json";
import type { importProblemSchema, importReportSchema } from "@/lib/domain/import-json";
import type { LastCountChange, PublicRace } from "@/lib/domain/last-count-change";
import type { CurrentCall } from "@/lib/domain/race-call";
import { districtFive } from "@/lib/domain/race-fixtures";
import type {
  currentCallSchema,
  lastCountChangeSchema,
  publicRaceSchema,
  raceCandidateSchema,
  raceHistorySchema,
  raceResultSchema,
  raceRuleJsonSchema,
  raceSummarySchema,
  reportingUnitSchema,
} from "@/lib/domain/race-json";
import type { RaceCandidateResult, RaceResult, RaceRowUnit } from "@/lib/domain/race-result";
import { toRaceSummary, type RaceSummary } from "@/lib/domain/race-summary";
import type { RaceRule } from "@/lib/domain/race-types";
import type { candidateFoundSchema, electionFoundSchema, raceFoundSchema, searchResultsSchema } from "@/lib/domain/search-json";
import type { PendingCallView } from "@/lib/domain/second-editor";
import type { storySchema } from "@/lib/domain/story-json";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import type { RaceCalled } from "@/lib/server/commands/call-race";
import type { setCandidatePhoto } from "@/lib/server/commands/candidate-photo";
import type { removeElectionMapLayer, setElectionMapLayer } from "@/lib/server/commands/election-map-layer";
import type { mapLayerRemovedSchema, mapLayerReportSchema } from "@/lib/domain/map-layer-json";
import type { StoryRecord } from "@/lib/server/commands/stories";
import type { CandidateProfileRecord } from "@/lib/server/commands/update-candidate";
import { forbidden, invalid, malformedInput, notFound, unauthenticated } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";
import { openApiDocument } from "@/lib/server/openapi/document";
import type { ElectionSummary, ElectionWithRaces } from "@/lib/server/queries/elections";
import type { CandidateFound, ElectionFound, RaceFound, SearchResults } from "@/lib/server/queries/search";
import type { RaceHistory } from "@/lib/domain/margin-history";
import { OpenApiCheck } from "@/lib/testing/openapi-check";

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** A schema describes a type when it accepts every value of it, names each of its fields, and requires no other. */
type Describes<Schema extends z.ZodType, Type> = [Type] extends [z.infer<Schema>]
  ? [keyof Type] extends [keyof z.infer<Schema>]
    ? [RequiredKeys<z.infer<Schema>>] extends [keyof Type]
      ? true
      : "the schema requires a field the type does not have"
    : "the schema does not name every field of the type"
  : "the schema refuses values of the type";

test("each answer schema describes the type the code answers with", () => {
  expectTypeOf<Describes<typeof raceResultSchema, RaceResult>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof publicRaceSchema, PublicRace>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof lastCountChangeSchema, LastCountChange>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof raceSummarySchema, RaceSummary>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof raceRuleJsonSchema, RaceRule>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof raceCandidateSchema, RaceCandidateResult>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof reportingUnitSchema, RaceRowUnit>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof reportingUnitSchema, UnitSnapshot>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof currentCallSchema, CurrentCall>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof raceHistorySchema, RaceHistory>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof electionSummarySchema, ElectionSummary>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof electionListSchema, { elections: ElectionSummary[] }>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof searchResultsSchema, SearchResults>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof raceFoundSchema, RaceFound>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof candidateFoundSchema, CandidateFound>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof electionFoundSchema, ElectionFound>>().toEqualTypeOf<true>();
  type ElectionAnswer = Omit<ElectionWithRaces, "races"> & { races: RaceSummary[] };
  expectTypeOf<Describes<typeof electionWithRacesSchema, ElectionAnswer>>().toEqualTypeOf<true>();
  type CallAnswer = RaceCalled & { call: CurrentCall };
  expectTypeOf<Describes<typeof raceCalledSchema, CallAnswer>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof pendingCallSchema, PendingCallView>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof refusalSchema, Finding<RefusalCode>>>().toEqualTypeOf<true>();
  expectTypeOf<(typeof REFUSAL_CODES)[number]>().toEqualTypeOf<RefusalCode>();
  expectTypeOf<(typeof WARNING_CODES)[number]>().toEqualTypeOf<WarningCode>();
  expectTypeOf<Describes<typeof storySchema, StoryRecord>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof importReportSchema, ImportReport>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof importProblemSchema, ImportProblem>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof candidateProfileRecordSchema, CandidateProfileRecord>>().toEqualTypeOf<true>();
  type PhotoAnswer = Awaited<ReturnType<typeof setCandidatePhoto>>;
  expectTypeOf<Describes<typeof candidatePhotoSetSchema, PhotoAnswer>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof mapLayerReportSchema, Awaited<ReturnType<typeof setElectionMapLayer>>>>().toEqualTypeOf<true>();
  expectTypeOf<Describes<typeof mapLayerRemovedSchema, Awaited<ReturnType<typeof removeElectionMapLayer>>>>().toEqualTypeOf<true>();
});

const check = new OpenApiCheck(openApiDocument());
const json = (method: string, path: string, status: number, body: unknown) =>
  check.problems({ method, path, status, contentType: "application/json", body: JSON.stringify(body) });

test("races built by the domain match the race JSON, called or not", () => {
  const uncalled = districtFive();
  const called = districtFive({ call: { status: "called", winners: ["archibong"], calledAt: "2017-11-08T06:00:00.000Z", note: "AP" } });
  const lastChange = { at: "2017-11-08T04:42:00.000Z", unit: "Fulton County", unitCount: 1, gains: [{ slug: "archibong", name: "Natalyn Archibong", delta: 38 }] };
  for (const race of [uncalled, called]) {
    expect(json("GET", "/api/v1/races/race", 200, { ...race, lastChange })).toEqual([]);
    expect(json("GET", "/api/v1/races/race", 200, { ...race, lastChange: null })).toEqual([]);
  }
  expect(json("GET", "/api/v1/races/race", 200, { ...uncalled, lastChange: { ...lastChange, unitCount: 0 } })).not.toEqual([]);
  const election = { slug: "test", name: "Test", date: "2017-11-07", jurisdiction: "Atlanta", isDemo: true, testData: false, raceCount: 1, races: [toRaceSummary(called)] };
  expect(json("GET", "/api/v1/elections/test", 200, election)).toEqual([]);
});

test("a race with a feed's expected vote, FIPS codes and votes by method matches the race JSON; a kind the desk does not know does not", () => {
  const early = [{ method: "Advanced Voting Votes", kind: "early", votes: 976 }];
  const race = districtFive();
  const withFeed = {
    ...race,
    lastChange: null,
    expectedVotePct: 72.5,
    candidates: race.candidates.map((c) => ({ ...c, votesByMethod: early })),
    units: race.units.map((u) => ({ ...u, fips: "13121", expectedVotePct: 100, votesByMethod: { archibong: early } })),
  };
  expect(json("GET", "/api/v1/races/race", 200, withFeed)).toEqual([]);
  const unknownKind = { ...withFeed, candidates: withFeed.candidates.map((c) => ({ ...c, votesByMethod: [{ ...early[0], kind: "absentee" }] })) };
  expect(json("GET", "/api/v1/races/race", 200, unknownKind)).not.toEqual([]);
  expect(json("GET", "/api/v1/races/race", 200, { ...withFeed, expectedVotePct: 140 })).not.toEqual([]);
});

test("the race JSON may gain fields (the contract says 'at least'); a story may not", () => {
  const race = { ...districtFive(), lastChange: null, addedLater: true, call: { ...districtFive().call, retractedAt: null } };
  expect(json("GET", "/api/v1/races/race", 200, race)).toEqual([]);
  expect(json("GET", "/api/v1/races/race", 200, { ...race, totalVotes: "9768" })).not.toEqual([]);
  const story = { id: "s", slug: "s", status: "draft", headline: "h", body: "b", raceSlug: "race", expects: { kind: "called" }, publishedAt: null, pulledAt: null, pulledReason: null };
  expect(json("GET", "/api/v1/stories/s", 200, story)).toEqual([]);
  expect(json("GET", "/api/v1/stories/s", 200, { ...story, draftedBy: "x" })).not.toEqual([]);
});

test("the error helpers' answers match the error envelopes the document gives", async () => {
  const refusals = [unauthenticated(), forbidden("enter tallies"), notFound("The race"), malformedInput([{ path: "votes", message: "Required" }]), invalid({ "votes.x": "is not a candidate" })];
  for (const error of refusals) {
    const response = errorResponse(error.status, error.code, error.message, error.details);
    expect(json("PUT", "/api/v1/races/race/units/unit-1", response.status, await response.json())).toEqual([]);
  }
  expect(json("PUT", "/api/v1/races/race/units/unit-1", 409, { error: { code: "version_conflict", message: "x" } })).not.toEqual([]);
});

test("an answer from a route the document does not know, or with a status it does not give, is a problem", () => {
  expect(json("GET", "/api/v1/precincts", 200, {})).toEqual(["GET /api/v1/precincts → 200: no such operation in the document"]);
  expect(json("DELETE", "/api/v1/races/race", 200, {})[0]).toContain("no such operation");
  expect(json("GET", "/api/v1/races/race", 201, {})[0]).toContain("status not documented");
});
