import { expect, test } from "vitest";
import { decidingLine, lineCandidates, ordinal, signedMarginOf, votesToReach } from "./deciding-line";
import { buildRace, districtFive } from "./race-fixtures";
import type { RaceResult } from "./race-result";

const lineOf = (race: RaceResult) => decidingLine(race, race.candidates);
const race = (votes: number[], options: { seats?: number; thresholdPct?: number } = {}) =>
  buildRace({
    seats: options.seats ?? 1,
    rule: options.thresholdPct === undefined ? { kind: "plurality" } : { kind: "majority", thresholdPct: options.thresholdPct },
    candidates: votes.map((v, i) => ({ name: `Candidate ${"ABCDEFG"[i]}`, slug: "abcdefg"[i], votes: [v] })),
  });

test("one seat: the leader against the runner-up", () => {
  expect(lineOf(race([40, 55, 5]))).toEqual({ kind: "seat", above: "b", below: "a", seats: 1 });
});

test("vote for three: the third seat against the fourth, not first against second", () => {
  // The demo school board: Ruiz, Carter and Nguyen hold the seats; Okafor is the first one out.
  expect(lineOf(race([16_400, 15_500, 14_000, 12_200, 6_800], { seats: 3 }))).toEqual({ kind: "seat", above: "c", below: "d", seats: 3 });
  expect(lineOf(race([10, 30, 20], { seats: 2 }))).toEqual({ kind: "seat", above: "c", below: "a", seats: 2 });
});

test("a tie at the last seat is settled by ballot order, as the results table ranks it", () => {
  expect(lineOf(race([20, 10, 20], { seats: 1 }))).toEqual({ kind: "seat", above: "a", below: "c", seats: 1 });
});

test("majority rule, leader short of it: the second runoff place against the third", () => {
  // The demo treasurer's race: Park 40.8%, so the question is who joins her, Adeyemi or Fontaine.
  expect(lineOf(race([18_000, 16_700, 9_400], { thresholdPct: 50 }))).toEqual({ kind: "runoff", above: "b", below: "c" });
});

test("majority rule, leader over it with others in the race: the leader against the threshold", () => {
  expect(lineOf(race([52, 30, 18], { thresholdPct: 50 }))).toEqual({ kind: "threshold", candidate: "a", thresholdPct: 50 });
  // Exactly on the line reaches it, as the race rule counts it.
  expect(lineOf(race([50, 30, 20], { thresholdPct: 50 }))).toMatchObject({ kind: "threshold" });
});

test("majority rule with two candidates: at 50% the runner-up is the line; above 50% the threshold is", () => {
  expect(lineOf(districtFive())).toEqual({ kind: "seat", above: "archibong", below: "bakhtiari", seats: 1 });
  expect(lineOf(race([55, 45], { thresholdPct: 60 }))).toEqual({ kind: "threshold", candidate: "a", thresholdPct: 60 });
});

test("nobody to measure against: no line", () => {
  expect(lineOf(race([10]))).toBeNull();
  expect(lineOf(race([10, 5], { seats: 2 }))).toBeNull();
  expect(lineOf(race([10], { thresholdPct: 50 }))).toBeNull();
});

test("the margin along each kind of line", () => {
  const totals = { a: 500, b: 300, c: 200 };
  expect(signedMarginOf({ kind: "seat", above: "b", below: "c", seats: 2 }, totals)).toBe(100);
  expect(signedMarginOf({ kind: "runoff", above: "c", below: "b" }, totals)).toBe(-100);
  // 50% of 1,000 is 500 votes: exactly on the line.
  expect(signedMarginOf({ kind: "threshold", candidate: "a", thresholdPct: 50 }, totals)).toBe(0);
  expect(signedMarginOf({ kind: "threshold", candidate: "b", thresholdPct: 50 }, totals)).toBe(-200);
  expect(votesToReach(50, 1001)).toBe(501);
  expect(lineCandidates({ kind: "threshold", candidate: "a", thresholdPct: 50 })).toEqual(["a"]);
});

test("places read as ordinals", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
});

