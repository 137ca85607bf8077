import fc from "fast-check";
import { expect, test } from "vitest";
import { districtFive, raceWithVotes } from "./district-five.fixture";
import { raceCountArbitrary, reorderedRace } from "./race-count.arbitrary";
import { tabulate } from "./tabulation";

test("District 5, 2017: Archibong keeps the seat with 51.29%, 252 votes ahead, outside the recount band", () => {
  const t = tabulate(districtFive);

  expect(t.totalVotes).toBe(9_768);
  expect(t.candidates.map((c) => [c.id, c.votes, c.rank])).toEqual([
    ["archibong", 5_010, 1],
    ["bakhtiari", 4_758, 2],
  ]);
  expect(t.candidates[0]?.pct.toFixed(2)).toBe("51.29");
  expect(t.candidates[1]?.pct.toFixed(2)).toBe("48.71");
  expect(t.leaders).toEqual(["archibong"]);
  expect(t.margin?.votes).toBe(252);
  expect(t.margin?.pct.toFixed(2)).toBe("2.58");
  expect(t.recountEligible).toBe(false);
  expect(t.tie).toBe(false);
  expect(t.runoffLikely).toBe(false);
  expect(t.precincts).toEqual({ reporting: 20, total: 20, pct: 100 });
  expect(t.fullyReported).toBe(true);
  expect(t.projectedVotesRemaining).toBe(0);
});

test("candidates are ordered by votes, then ballot order, whatever order they were listed in", () => {
  // Ballot order here is zed, amy, bo: the opposite of alphabetical for the two that are level.
  const race = raceWithVotes({ zed: 30, amy: 30, bo: 10 });
  const listedBackwards = { ...race, candidates: [...race.candidates].reverse() };

  expect(tabulate(listedBackwards).candidates.map((c) => c.id)).toEqual(["zed", "amy", "bo"]);
});

test("tied candidates share a rank and the next rank is skipped (1, 1, 3)", () => {
  const t = tabulate(raceWithVotes({ a: 30, b: 30, c: 10, d: 10 }));

  expect(t.candidates.map((c) => c.rank)).toEqual([1, 1, 3, 3]);
});

test("three seats among five: leaders are the top three, margin is between third and fourth", () => {
  const t = tabulate(raceWithVotes({ a: 500, b: 400, c: 300, d: 250, e: 50 }, { seats: 3 }));

  expect(t.totalVotes).toBe(1_500);
  expect(t.leaders).toEqual(["a", "b", "c"]);
  expect(t.margin?.votes).toBe(50);
  expect(t.margin?.pct).toBeCloseTo(3.3333, 4);
  expect(t.tie).toBe(false);
});

test("a tie at the last seat is flagged with a zero margin", () => {
  const t = tabulate(raceWithVotes({ a: 300, b: 200, c: 200 }, { seats: 2 }));

  expect(t.tie).toBe(true);
  expect(t.margin).toEqual({ votes: 0, pct: 0 });
  expect(t.candidates.map((c) => c.rank)).toEqual([1, 2, 2]);
});

test("a tie below the last seat is not a tie for the race", () => {
  const t = tabulate(raceWithVotes({ a: 300, b: 200, c: 200 }));

  expect(t.tie).toBe(false);
  expect(t.margin?.votes).toBe(100);
});

test("no votes yet: no leaders, no margin, no flags, shares of 0", () => {
  const t = tabulate(raceWithVotes({ a: 0, b: 0 }, { rule: { kind: "majority", thresholdPct: 50 }, recountMarginPct: 0.5 }));

  expect(t.totalVotes).toBe(0);
  expect(t.leaders).toEqual([]);
  expect(t.margin).toBeNull();
  expect(t.tie).toBe(false);
  expect(t.runoffLikely).toBe(false);
  expect(t.recountEligible).toBe(false);
  expect(t.candidates.map((c) => c.pct)).toEqual([0, 0]);
});

test("no margin when there are no more candidates than seats", () => {
  expect(tabulate(raceWithVotes({ a: 10 })).margin).toBeNull();
  expect(tabulate(raceWithVotes({ a: 10, b: 5 }, { seats: 2 })).margin).toBeNull();
  expect(tabulate(raceWithVotes({ a: 10, b: 5 }, { seats: 3 })).leaders).toEqual(["a", "b"]);
});

test("units with no precincts in count toward the total but not toward reporting", () => {
  const t = tabulate({
    ...districtFive,
    units: [
      { id: "fulton", precinctsTotal: 14, precinctsReporting: 7, votes: { archibong: 1_000, bakhtiari: 900 } },
      { id: "dekalb", precinctsTotal: 6, precinctsReporting: 0, votes: {} },
    ],
  });

  expect(t.totalVotes).toBe(1_900);
  expect(t.precincts).toEqual({ reporting: 7, total: 20, pct: 35 });
  expect(t.fullyReported).toBe(false);
  // Fulton: 1,900 / 7 per precinct × 7 out; DeKalb: the same race-wide rate × 6 out.
  expect(t.projectedVotesRemaining).toBe(Math.round((1_900 / 7) * 13));
});

test("a race with no precincts at all is not fully reported", () => {
  const t = tabulate({ ...districtFive, units: [] });

  expect(t.precincts).toEqual({ reporting: 0, total: 0, pct: 0 });
  expect(t.fullyReported).toBe(false);
});

test("the recount band includes its edge: 0.5 points is eligible, 0.6 is not, no band never is", () => {
  const band = { recountMarginPct: 0.5 };
  expect(tabulate(raceWithVotes({ a: 1_005, b: 995 }, band)).recountEligible).toBe(true);
  expect(tabulate(raceWithVotes({ a: 1_006, b: 994 }, band)).recountEligible).toBe(false);
  expect(tabulate(raceWithVotes({ a: 1_005, b: 995 })).recountEligible).toBe(false);
});

test("a runoff is likely under a majority rule when the leader is below the threshold", () => {
  const majority = { rule: { kind: "majority", thresholdPct: 50 } } as const;
  expect(tabulate(raceWithVotes({ a: 45, b: 35, c: 20 }, majority)).runoffLikely).toBe(true);
  // Reaching the threshold exactly is enough.
  expect(tabulate(raceWithVotes({ a: 50, b: 30, c: 20 }, majority)).runoffLikely).toBe(false);
  expect(tabulate(raceWithVotes({ a: 45, b: 35, c: 20 })).runoffLikely).toBe(false);
  // Multi-seat races have no runoff of the top two.
  expect(tabulate(raceWithVotes({ a: 45, b: 35, c: 20 }, { ...majority, seats: 2 })).runoffLikely).toBe(false);
});

test("votes recorded for someone outside the race are not counted", () => {
  const race = raceWithVotes({ a: 10, b: 5 });
  const withStray = { ...race, units: [{ id: "county", precinctsTotal: 1, precinctsReporting: 1, votes: { a: 10, b: 5, ghost: 99 } }] };

  expect(tabulate(withStray).totalVotes).toBe(15);
});

test("property: shares add up to 100, and rounded shares stay within rounding of it", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const t = tabulate(race);
      fc.pre(t.totalVotes > 0);
      const sum = t.candidates.reduce((s, c) => s + c.pct, 0);
      const roundedSum = t.candidates.reduce((s, c) => s + Number(c.pct.toFixed(1)), 0);
      expect(Math.abs(sum - 100)).toBeLessThan(1e-9);
      expect(Math.abs(roundedSum - 100)).toBeLessThanOrEqual(0.1 * t.candidates.length);
    }),
  );
});

test("property: the margin is never negative, is the gap at the last seat, and is zero exactly on a tie", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const t = tabulate(race);
      if (t.margin === null) return;
      const lastWinner = t.candidates[race.seats - 1];
      const firstLoser = t.candidates[race.seats];
      expect(t.margin.votes).toBeGreaterThanOrEqual(0);
      expect(t.margin.pct).toBeGreaterThanOrEqual(0);
      expect(t.margin.votes).toBe((lastWinner?.votes ?? NaN) - (firstLoser?.votes ?? NaN));
      expect(t.tie).toBe(t.margin.votes === 0);
    }),
  );
});

test("property: every leader has at least as many votes as anyone left out, and ranks count who is ahead", () => {
  fc.assert(
    fc.property(raceCountArbitrary(), (race) => {
      const t = tabulate(race);
      const leaderVotes = t.candidates.filter((c) => t.leaders.includes(c.id)).map((c) => c.votes);
      const others = t.candidates.filter((c) => !t.leaders.includes(c.id)).map((c) => c.votes);
      if (t.totalVotes > 0) expect(t.leaders).toHaveLength(Math.min(race.seats, race.candidates.length));
      if (leaderVotes.length > 0 && others.length > 0) {
        expect(Math.min(...leaderVotes)).toBeGreaterThanOrEqual(Math.max(...others));
      }
      for (const c of t.candidates) {
        expect(c.rank).toBe(1 + t.candidates.filter((other) => other.votes > c.votes).length);
      }
    }),
  );
});

test("property: the result does not depend on the order of units or candidates", () => {
  fc.assert(
    fc.property(
      raceCountArbitrary().chain((race) => fc.tuple(fc.constant(race), reorderedRace(race))),
      ([race, reordered]) => {
        expect(tabulate(reordered)).toEqual(tabulate(race));
      },
    ),
  );
});
