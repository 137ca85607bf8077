import fc from "fast-check";
import { expect, test } from "vitest";
import { districtFive } from "./district-five.fixture";
import { projectRemainingVotes } from "./projection";
import type { RaceCount, UnitCount } from "./race-types";
import { raceCountArbitrary } from "./race-count.arbitrary";

function raceOf(...units: UnitCount[]): RaceCount {
  return { ...districtFive, units };
}

function unit(id: string, precinctsReporting: number, precinctsTotal: number, archibong: number): UnitCount {
  return { id, precinctsReporting, precinctsTotal, votes: { archibong } };
}

test("nothing is projected once every precinct is in", () => {
  expect(projectRemainingVotes(districtFive)).toBe(0);
});

test("nothing is projected before any precinct reports", () => {
  expect(projectRemainingVotes(raceOf(unit("fulton", 0, 14, 0), unit("dekalb", 0, 6, 0)))).toBe(0);
});

test("a unit's outstanding precincts are projected at that unit's own rate", () => {
  // Fulton: 100 votes a precinct, 10 precincts to go.
  expect(projectRemainingVotes(raceOf(unit("fulton", 10, 20, 1_000)))).toBe(1_000);
});

test("a unit with nothing in yet borrows the race-wide rate of the precincts that are in", () => {
  const race = raceOf(
    unit("fulton", 10, 10, 1_000), // complete: 100 a precinct, nothing to come
    unit("cobb", 4, 8, 200), // 50 a precinct × 4 to come = 200
    unit("dekalb", 0, 6, 0), // race-wide 1,200 / 14 a precinct × 6 ≈ 514.3
  );

  expect(projectRemainingVotes(race)).toBe(714);
});

test("votes in a unit with no precincts in (absentee batches) do not inflate the race-wide rate", () => {
  const race = raceOf(unit("fulton", 10, 20, 1_000), unit("dekalb", 0, 5, 300));

  // 10 × 100 for Fulton and 5 × 100 for DeKalb, not 5 × 130.
  expect(projectRemainingVotes(race)).toBe(1_500);
});

test("the projection is rounded to whole votes", () => {
  // 10 votes over 3 precincts, 1 to go: 3.33…
  expect(projectRemainingVotes(raceOf(unit("fulton", 3, 4, 10)))).toBe(3);
  // 5 votes over 2 precincts, 1 to go: 2.5
  expect(projectRemainingVotes(raceOf(unit("fulton", 2, 3, 5)))).toBe(3);
});

test("a unit reporting more precincts than it has does not cancel another unit's outstanding votes", () => {
  const race = raceOf(unit("fulton", 12, 10, 1_200), unit("dekalb", 5, 10, 500));

  expect(projectRemainingVotes(race)).toBe(500);
});

test("property: the projection is a whole number and never negative", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const projected = projectRemainingVotes(race);
      expect(Number.isInteger(projected)).toBe(true);
      expect(projected).toBeGreaterThanOrEqual(0);
    }),
  );
});

test("property: the projection is 0 when every precinct is in", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const complete = { ...race, units: race.units.map((u) => ({ ...u, precinctsReporting: u.precinctsTotal })) };
      expect(projectRemainingVotes(complete)).toBe(0);
    }),
  );
});

test("property: when every reporting precinct gave the same number of votes, each outstanding one is projected at that number", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), fc.integer({ min: 1, max: 5 }), (race, perCandidate) => {
      // Every candidate gets `perCandidate` votes in each reporting precinct.
      const units = race.units.map((u) => ({
        ...u,
        votes: Object.fromEntries(race.candidates.map((c) => [c.id, perCandidate * u.precinctsReporting])),
      }));
      const perPrecinct = perCandidate * race.candidates.length;
      const anyIn = units.some((u) => u.precinctsReporting > 0);
      const outstanding = units.reduce((sum, u) => sum + u.precinctsTotal - u.precinctsReporting, 0);
      expect(projectRemainingVotes({ ...race, units })).toBe(anyIn ? perPrecinct * outstanding : 0);
    }),
  );
});
