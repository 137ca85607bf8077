import fc from "fast-check";
import { expect, test } from "vitest";
import { districtFive, raceWithVotes } from "./district-five.fixture";
import { raceCountArbitrary } from "./race-count.arbitrary";
import { outcomeUnderRule } from "./race-rule";
import type { RaceCount } from "./race-types";
import { tabulate } from "./tabulation";

function outcome(race: RaceCount) {
  return outcomeUnderRule(race, tabulate(race));
}

const majority = { rule: { kind: "majority", thresholdPct: 50 } } as const;

test("District 5: Archibong wins outright with 51.29% under the majority rule", () => {
  expect(outcome(districtFive)).toEqual({ kind: "winners", ids: ["archibong"] });
});

test("pending while any precinct is out, however wide the lead", () => {
  const race = raceWithVotes({ a: 9_000, b: 10 });
  const counting = { ...race, units: race.units.map((u) => ({ ...u, precinctsReporting: u.precinctsTotal - 1 })) };

  expect(outcome(counting)).toEqual({ kind: "pending" });
});

test("pending when everything is in but nobody has a vote", () => {
  expect(outcome(raceWithVotes({ a: 0, b: 0 }))).toEqual({ kind: "pending" });
});

test("majority rule with nobody at 50%: a runoff of the top two", () => {
  expect(outcome(raceWithVotes({ c: 2_000, a: 4_500, b: 3_500 }, majority))).toEqual({
    kind: "runoff",
    ids: ["a", "b"],
  });
});

test("the same count under plurality is a win for the leader", () => {
  expect(outcome(raceWithVotes({ a: 4_500, b: 3_500, c: 2_000 }))).toEqual({ kind: "winners", ids: ["a"] });
});

test("majority rule: reaching the threshold exactly is a win", () => {
  expect(outcome(raceWithVotes({ a: 500, b: 300, c: 200 }, majority))).toEqual({ kind: "winners", ids: ["a"] });
});

test("majority rule with a 40% threshold: 45% wins", () => {
  const forty = { rule: { kind: "majority", thresholdPct: 40 } } as const;
  expect(outcome(raceWithVotes({ a: 45, b: 35, c: 20 }, forty))).toEqual({ kind: "winners", ids: ["a"] });
});

test("a tie for the second runoff place is a tie between those level, not a runoff", () => {
  expect(outcome(raceWithVotes({ a: 40, b: 30, c: 30 }, majority))).toEqual({ kind: "tie", ids: ["b", "c"] });
});

test("a tie for first below the threshold still sends both to the runoff", () => {
  expect(outcome(raceWithVotes({ a: 40, b: 40, c: 20 }, majority))).toEqual({ kind: "runoff", ids: ["a", "b"] });
});

test("plurality, three seats among five: the top three win", () => {
  expect(outcome(raceWithVotes({ a: 500, b: 400, c: 300, d: 250, e: 50 }, { seats: 3 }))).toEqual({
    kind: "winners",
    ids: ["a", "b", "c"],
  });
});

test("a tie at the last seat names everyone level with it", () => {
  expect(outcome(raceWithVotes({ a: 500, b: 300, c: 300, d: 300, e: 50 }, { seats: 2 }))).toEqual({
    kind: "tie",
    ids: ["b", "c", "d"],
  });
});

test("a two-way tie for a single seat at exactly 50% is a tie, not a win or a runoff", () => {
  expect(outcome(raceWithVotes({ a: 500, b: 500 }, majority))).toEqual({ kind: "tie", ids: ["a", "b"] });
});

test("property: pending until every precinct is in", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const t = tabulate(race);
      if (!t.fullyReported) expect(outcomeUnderRule(race, t)).toEqual({ kind: "pending" });
    }),
  );
});

// Counted to the end, so the property exercises the rule rather than the wait for precincts.
const countedRace = raceCountArbitrary().map((race) => ({
  ...race,
  units: race.units.map((u) => ({ ...u, precinctsReporting: u.precinctsTotal })),
}));

test("property: once fully reported with votes, winners fill every seat and outrank everyone else", () => {
  fc.assert(
    fc.property(countedRace, (race) => {
      const t = tabulate(race);
      fc.pre(t.fullyReported && t.totalVotes > 0);
      const result = outcomeUnderRule(race, t);
      expect(result.kind).not.toBe("pending");
      const votesOf = (id: string) => t.candidates.find((c) => c.id === id)?.votes ?? NaN;
      if (result.kind === "winners") {
        expect(result.ids).toEqual(t.leaders);
        const lowestWinner = Math.min(...result.ids.map(votesOf));
        const rest = t.candidates.filter((c) => !result.ids.includes(c.id));
        for (const c of rest) expect(c.votes).toBeLessThan(lowestWinner);
        if (race.rule.kind === "majority" && race.seats === 1) {
          expect(votesOf(result.ids[0] ?? "") * 100).toBeGreaterThanOrEqual(race.rule.thresholdPct * t.totalVotes);
        }
      }
      if (result.kind === "runoff") {
        expect(race.rule.kind).toBe("majority");
        expect(result.ids).toHaveLength(2);
        const lowestAdvancing = Math.min(...result.ids.map(votesOf));
        for (const c of t.candidates.filter((c) => !result.ids.includes(c.id))) {
          expect(c.votes).toBeLessThan(lowestAdvancing);
        }
      }
      if (result.kind === "tie") {
        expect(result.ids.length).toBeGreaterThanOrEqual(2);
        expect(new Set(result.ids.map(votesOf)).size).toBe(1);
      }
    }),
  );
});
