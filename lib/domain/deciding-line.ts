// Which line decides a race, for the margin chart: the place where one more vote changes the outcome.
// In a one-seat race that is the leader against the runner-up, but not elsewhere:
// - vote for N: the last winning seat against the first losing one (in a 3-seat race, 3rd against
//   4th); the race's front-runners are safe whatever happens between them;
// - a majority rule with a top-two runoff: while the leader is short of the threshold, who joins
//   them in the runoff (2nd against 3rd); once the leader is over it, whether they stay over it
//   (the leader against the threshold). With two candidates and a 50% threshold both questions are
//   the leader against the runner-up, and the chart says it that way.
// The line is chosen on the count as it stands now (candidates in standing order, as tabulate ranks
// them), and the whole night is charted along it.

import type { RaceRule } from "./race-types";

export type DecidingLine =
  /** The last winning seat (`above`) against the first losing one (`below`); `seats` is the race's. */
  | { kind: "seat"; above: string; below: string; seats: number }
  /** The last runoff place (2nd) against the first place out (3rd). */
  | { kind: "runoff"; above: string; below: string }
  /** The leader against the share that wins outright. */
  | { kind: "threshold"; candidate: string; thresholdPct: number };

export interface Standing {
  slug: string;
  votes: number;
}

/** The deciding line of a race; null when there is nobody to measure against (one candidate, or no more than seats). */
export function decidingLine(race: { seats: number; rule: RaceRule }, standings: readonly Standing[]): DecidingLine | null {
  const { rule, seats } = race;
  if (rule.kind === "majority" && seats === 1) {
    const [leader, second, third] = standings;
    if (!leader || !second) return null;
    const total = standings.reduce((sum, s) => sum + s.votes, 0);
    // Compared in whole votes, as tabulate does, so a share exactly on the line counts as reaching it.
    const short = leader.votes * 100 < rule.thresholdPct * total;
    if (short && third) return { kind: "runoff", above: second.slug, below: third.slug };
    if (!third && rule.thresholdPct === 50) return { kind: "seat", above: leader.slug, below: second.slug, seats };
    return { kind: "threshold", candidate: leader.slug, thresholdPct: rule.thresholdPct };
  }
  const lastWinner = standings[seats - 1];
  const firstLoser = standings[seats];
  if (!lastWinner || !firstLoser) return null;
  return { kind: "seat", above: lastWinner.slug, below: firstLoser.slug, seats };
}

/** The two candidates a line runs between, the one above it first; a threshold line has one. */
export function lineCandidates(line: DecidingLine): string[] {
  return line.kind === "threshold" ? [line.candidate] : [line.above, line.below];
}

/** Votes that reach `thresholdPct` of `total`: the smallest count not below the line. */
export function votesToReach(thresholdPct: number, total: number): number {
  return Math.ceil((thresholdPct * total) / 100);
}

/**
 * Where a count stands against the line, in votes: positive while the `above` side is ahead (or the
 * candidate is over the threshold), 0 when level (or exactly on the threshold), negative otherwise.
 */
export function signedMarginOf(line: DecidingLine, totals: Readonly<Record<string, number>>): number {
  if (line.kind === "threshold") {
    const total = Object.values(totals).reduce((sum, votes) => sum + votes, 0);
    return (totals[line.candidate] ?? 0) - votesToReach(line.thresholdPct, total);
  }
  return (totals[line.above] ?? 0) - (totals[line.below] ?? 0);
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(place: number): string {
  const tens = place % 100;
  if (tens >= 11 && tens <= 13) return `${place}th`;
  return `${place}${["th", "st", "nd", "rd"][place % 10] ?? "th"}`;
}
