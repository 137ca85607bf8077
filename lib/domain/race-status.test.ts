import { expect, test } from "vitest";
import { NOT_CALLED, type CurrentCall } from "./race-call";
import { buildRaceResult, type RaceRows } from "./race-result";
import { callLabel, calledLine, marginSentence, retractionLine } from "./race-status";

function race(overrides: Partial<RaceRows> = {}, votes: Record<string, number> = { archibong: 5010, bakhtiari: 4758 }): RaceRows {
  return {
    slug: "district-5",
    office: "Atlanta City Council",
    seat: "District 5",
    election: { slug: "atl-2017", name: "Atlanta 2017", date: "2017-11-07", isDemo: true },
    testData: false,
    rule: { kind: "majority", thresholdPct: 50 },
    seats: 1,
    recountMarginPct: 0.5,
    expectedVotePct: null,
    candidates: [
      { slug: "archibong", name: "Natalyn Archibong", party: null, photoUrl: null, incumbent: true, ballotOrder: 0 },
      { slug: "bakhtiari", name: "Liliana Bakhtiari", party: null, photoUrl: null, incumbent: false, ballotOrder: 1 },
    ],
    units: [{ slug: "all", name: "All", precinctsTotal: 31, precinctsReporting: 31, ballotsCast: null, version: 1, votes, fips: null, expectedVotePct: null, votesByMethod: {} }],
    call: NOT_CALLED,
    updatedAt: "2017-11-08T05:18:00.000Z",
    version: 1,
    ...overrides,
  };
}

const called = (c: Partial<CurrentCall>): CurrentCall => ({ ...NOT_CALLED, calledAt: "2017-11-08T06:00:00.000Z", ...c });

test("an uncalled race says so and describes the lead", () => {
  const result = buildRaceResult(race());
  expect(callLabel(result)).toBe("Not yet called");
  expect(marginSentence(result)).toBe("Archibong leads by 252 votes, 2.6 points");
  expect(result.candidates.map((c) => c.status)).toEqual(["leading", null]);
});

test("a called race names its winner, says 'won by', and marks the winner", () => {
  const result = buildRaceResult(race({ call: called({ status: "called", winners: ["archibong"] }) }));
  expect(callLabel(result)).toBe("Natalyn Archibong wins");
  expect(marginSentence(result)).toBe("Archibong won by 252 votes, 2.6 points");
  expect(result.candidates.map((c) => c.status)).toEqual(["winner", null]);
});

test("a runoff names who advances; too close says so", () => {
  const runoff = buildRaceResult(race({ call: called({ status: "runoff", advancing: ["archibong", "bakhtiari"] }) }));
  expect(callLabel(runoff)).toBe("Runoff: Natalyn Archibong and Liliana Bakhtiari advance");
  expect(runoff.candidates.map((c) => c.status)).toEqual(["advancing", "advancing"]);
  expect(callLabel(buildRaceResult(race({ call: called({ status: "too_close" }) })))).toBe("Too close to call");
});

test("a race with no votes says so and has no leader", () => {
  const result = buildRaceResult(race({}, {}));
  expect(marginSentence(result)).toBe("No votes reported yet");
  expect(result.candidates.every((c) => c.status === null)).toBe(true);
  expect(result.margin).toBeNull();
});

test("a multi-seat race measures the margin at the last winning seat", () => {
  const rows = race({
    seats: 2,
    rule: { kind: "plurality" },
    candidates: ["Ana Ruiz", "Ben Carter", "Chloe Nguyen"].map((name, i) => ({
      slug: name.split(" ")[0]!.toLowerCase(), name, party: null, photoUrl: null, incumbent: false, ballotOrder: i,
    })),
  }, { ana: 300, ben: 200, chloe: 150 });
  const result = buildRaceResult(rows);
  expect(result.margin!.votes).toBe(50);
  expect(marginSentence(result)).toBe("Carter leads by 50 votes, 7.7 points");
  expect(result.candidates.map((c) => c.status)).toEqual(["leading", "leading", null]);
});

test("a desk unit lists every candidate, with 0 where nothing was entered", async () => {
  const { unitWithAllCandidates } = await import("./race-result");
  const result = buildRaceResult(race({}, { archibong: 10 }));
  expect(unitWithAllCandidates(result, "all")?.votes).toEqual({ archibong: 10, bakhtiari: 0 });
  expect(unitWithAllCandidates(result, "nowhere")).toBeUndefined();
});

const clock = (iso: string) => new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit" }).format(new Date(iso));
const RETRACTED_AT = "2017-11-08T04:42:00.000Z"; // 11:42 PM in Atlanta
const retracted = (note: string | null): CurrentCall => ({ ...NOT_CALLED, retractedAt: RETRACTED_AT, note });

test("a retraction says when and why beside 'Not yet called', in the editor's words", () => {
  const result = buildRaceResult(race({ call: retracted("recanvass under way") }));
  expect(callLabel(result)).toBe("Not yet called");
  expect(retractionLine(result.call, clock)).toBe(`Call retracted at ${clock(RETRACTED_AT)}: recanvass under way`);
  expect(clock(RETRACTED_AT)).toMatch(/^11:42\sPM$/);
  expect(retractionLine(retracted("  "), clock)).toBe(`Call retracted at ${clock(RETRACTED_AT)}`);
  expect(calledLine(result.call, clock)).toBeNull();
});

test("no retraction line for a race never called, nor for any standing call", () => {
  expect(retractionLine(NOT_CALLED, clock)).toBeNull();
  for (const call of [called({ status: "called", winners: ["archibong"] }), called({ status: "runoff", advancing: ["archibong", "bakhtiari"] }), called({ status: "too_close" })]) {
    expect(retractionLine(call, clock)).toBeNull();
  }
});

test("'Called <time>' appears only beside a badge that names a result", () => {
  expect(calledLine(called({ status: "called", winners: ["archibong"] }), clock)).toBe(`Called ${clock("2017-11-08T06:00:00.000Z")}`);
  expect(calledLine(called({ status: "runoff", advancing: ["archibong", "bakhtiari"] }), clock)).toMatch(/^Called /);
  expect(calledLine(called({ status: "too_close" }), clock)).toBeNull();
  expect(calledLine(NOT_CALLED, clock)).toBeNull();
  expect(calledLine(retracted("recanvass"), clock)).toBeNull();
});
