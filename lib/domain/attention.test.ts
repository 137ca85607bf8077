import { expect, test } from "vitest";
import { NOT_CALLED } from "./race-call";
import { buildRaceResult, type RaceRows } from "./race-result";
import { attentionReasons, filterAttention, racesNeedingAttention, readDeskFilter } from "./attention";

const NOW = new Date("2026-11-04T04:00:00Z");

function race(slug: string, opts: { a: number; b: number; reporting: number; updatedAt?: string; call?: RaceRows["call"]; election?: string }): RaceRows {
  return {
    slug,
    office: "Office",
    seat: slug,
    election: { slug: opts.election ?? "e", name: "E", date: "2026-11-03", isDemo: false },
    testData: false,
    rule: { kind: "plurality" },
    seats: 1,
    recountMarginPct: null,
    expectedVotePct: null,
    candidates: [
      { slug: "a", name: "A A", party: null, photoUrl: null, incumbent: false, ballotOrder: 0 },
      { slug: "b", name: "B B", party: null, photoUrl: null, incumbent: false, ballotOrder: 1 },
    ],
    units: [{ slug: "u", name: "U", precinctsTotal: 10, precinctsReporting: opts.reporting, ballotsCast: null, version: 1, votes: { a: opts.a, b: opts.b }, fips: null, expectedVotePct: null, votesByMethod: {} }],
    call: opts.call ?? NOT_CALLED,
    updatedAt: opts.updatedAt ?? "2026-11-04T01:00:00Z",
    version: 1,
  };
}

test("each reason is recognised", () => {
  expect(attentionReasons(buildRaceResult(race("r", { a: 600, b: 400, reporting: 4 })), NOW)).toEqual(["counting"]);
  expect(attentionReasons(buildRaceResult(race("r", { a: 600, b: 400, reporting: 10 })), NOW)).toEqual(["uncalled"]);
  expect(attentionReasons(buildRaceResult(race("r", { a: 501, b: 499, reporting: 4 })), NOW)).toEqual(["close", "counting"]);
  expect(attentionReasons(buildRaceResult(race("r", { a: 600, b: 400, reporting: 4, updatedAt: "2026-11-04T03:55:00Z" })), NOW)).toEqual(["changed", "counting"]);
});

test("a called race with everything in needs nothing", () => {
  const called = { ...NOT_CALLED, status: "called" as const, winners: ["a"], calledAt: "2026-11-04T02:00:00Z" };
  expect(attentionReasons(buildRaceResult(race("r", { a: 501, b: 499, reporting: 10, call: called })), NOW)).toEqual([]);
  expect(attentionReasons(buildRaceResult(race("r", { a: 0, b: 0, reporting: 0 })), NOW)).toEqual([]);
});

test("the most urgent races come first and quiet ones are left out", () => {
  const list = racesNeedingAttention(
    [
      buildRaceResult(race("counting", { a: 600, b: 400, reporting: 4 })),
      buildRaceResult(race("quiet", { a: 0, b: 0, reporting: 0 })),
      buildRaceResult(race("uncalled", { a: 600, b: 400, reporting: 10 })),
      buildRaceResult(race("fresh", { a: 600, b: 400, reporting: 4, updatedAt: "2026-11-04T03:59:00Z" })),
    ],
    NOW,
  );
  expect(list.map((e) => e.race.slug)).toEqual(["fresh", "uncalled", "counting"]);
});

test("the dashboard's filter keeps known elections and reasons from its address, and ignores the rest", () => {
  const slugs = ["e", "f"];
  expect(readDeskFilter({ election: "f", reason: "close" }, slugs)).toEqual({ election: "f", reason: "close" });
  expect(readDeskFilter({}, slugs)).toEqual({ election: null, reason: null });
  expect(readDeskFilter({ election: "gone", reason: "bogus" }, slugs)).toEqual({ election: null, reason: null });
  expect(readDeskFilter({ election: ["e", "f"], reason: ["", "counting"] }, slugs)).toEqual({ election: "e", reason: null });
  expect(readDeskFilter({ election: "", reason: "counting" }, slugs)).toEqual({ election: null, reason: "counting" });
});

test("filtering attention keeps a race in the election asked for, needing attention for the reason asked", () => {
  const entries = racesNeedingAttention(
    [
      buildRaceResult(race("close-in-e", { a: 501, b: 499, reporting: 4 })),
      buildRaceResult(race("counting-in-f", { a: 600, b: 400, reporting: 4, election: "f" })),
      buildRaceResult(race("uncalled-in-f", { a: 600, b: 400, reporting: 10, election: "f" })),
    ],
    NOW,
  );
  const slugs = (filter: Parameters<typeof filterAttention>[1]) => filterAttention(entries, filter).map((e) => e.race.slug);
  expect(slugs({ election: null, reason: null })).toEqual(["uncalled-in-f", "close-in-e", "counting-in-f"]);
  expect(slugs({ election: "f", reason: null })).toEqual(["uncalled-in-f", "counting-in-f"]);
  // A close race still counting needs attention for both reasons: either finds it.
  expect(slugs({ election: null, reason: "counting" })).toEqual(["close-in-e", "counting-in-f"]);
  expect(slugs({ election: "e", reason: "uncalled" })).toEqual([]);
});

test("a close call waiting for a second editor comes before everything else", () => {
  const races = [
    buildRaceResult(race("fresh", { a: 600, b: 400, reporting: 4, updatedAt: "2026-11-04T03:59:00Z" })),
    buildRaceResult(race("waiting", { a: 501, b: 499, reporting: 10 })),
  ];
  const list = racesNeedingAttention(races, NOW, new Set(["waiting"]));
  expect(list.map((e) => [e.race.slug, e.reasons])).toEqual([
    ["waiting", ["pending_call", "uncalled", "close"]],
    ["fresh", ["changed", "counting"]],
  ]);
  expect(racesNeedingAttention(races, NOW).map((e) => e.race.slug)).toEqual(["fresh", "waiting"]);
});
