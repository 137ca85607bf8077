// Tabulation owns the numbers a results page shows for one race: totals, shares, ranks, leaders,
// the margin at the last winning seat, precincts in, and the flags editors watch (tie, runoff,
// recount). Everything else (calls, words, charts) is derived from a Tabulation.

import { projectRemainingVotes } from "./projection";
import type { CandidateEntry, RaceCount } from "./race-types";
import { votesForCandidate } from "./vote-totals";

export interface CandidateResult {
  id: string;
  name: string;
  votes: number;
  /** 0..100 of totalVotes, unrounded (0 when no votes); rounding is for display only. */
  pct: number;
  /** 1-based competition ranking: tied candidates share a rank (1, 1, 3). */
  rank: number;
}

export interface Tabulation {
  totalVotes: number;
  candidates: CandidateResult[];
  leaders: string[];
  margin: { votes: number; pct: number } | null;
  precincts: { reporting: number; total: number; pct: number };
  fullyReported: boolean;
  tie: boolean;
  runoffLikely: boolean;
  recountEligible: boolean;
  projectedVotesRemaining: number;
}

// Ballot order breaks vote ties so pages do not reshuffle between refreshes; id settles the rest so
// the result never depends on the order rows came out of the database.
function byStanding(
  a: { entry: CandidateEntry; votes: number },
  b: { entry: CandidateEntry; votes: number },
): number {
  if (a.votes !== b.votes) return b.votes - a.votes;
  if (a.entry.ballotOrder !== b.entry.ballotOrder) return a.entry.ballotOrder - b.entry.ballotOrder;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

function rankCandidates(race: RaceCount, totalVotes: number): CandidateResult[] {
  const standings = race.candidates
    .map((entry) => ({ entry, votes: votesForCandidate(entry.id, race.units) }))
    .sort(byStanding);

  const results: CandidateResult[] = [];
  standings.forEach(({ entry, votes }, index) => {
    const above = results[index - 1];
    results.push({
      id: entry.id,
      name: entry.name,
      votes,
      pct: totalVotes > 0 ? (votes * 100) / totalVotes : 0,
      rank: above !== undefined && above.votes === votes ? above.rank : index + 1,
    });
  });
  return results;
}

export function tabulate(race: RaceCount): Tabulation {
  const totalVotes = race.candidates.reduce(
    (sum, candidate) => sum + votesForCandidate(candidate.id, race.units),
    0,
  );
  const candidates = rankCandidates(race, totalVotes);

  const lastWinner = candidates[race.seats - 1];
  const firstLoser = candidates[race.seats];
  const contested = totalVotes > 0 && lastWinner !== undefined && firstLoser !== undefined;
  const marginVotes = contested ? lastWinner.votes - firstLoser.votes : 0;
  const margin = contested
    ? { votes: marginVotes, pct: (marginVotes * 100) / totalVotes }
    : null;

  const reporting = race.units.reduce((sum, unit) => sum + unit.precinctsReporting, 0);
  const total = race.units.reduce((sum, unit) => sum + unit.precinctsTotal, 0);

  // Thresholds are compared in whole votes (votes × 100 against threshold × total) so a share that
  // sits exactly on the line is not pushed across it by floating-point division.
  const leader = candidates[0];
  const runoffLikely =
    race.rule.kind === "majority" &&
    race.seats === 1 &&
    totalVotes > 0 &&
    leader !== undefined &&
    leader.votes * 100 < race.rule.thresholdPct * totalVotes;

  const recountEligible =
    race.recountMarginPct !== null &&
    margin !== null &&
    marginVotes * 100 <= race.recountMarginPct * totalVotes;

  return {
    totalVotes,
    candidates,
    leaders: totalVotes > 0 ? candidates.slice(0, race.seats).map((c) => c.id) : [],
    margin,
    precincts: { reporting, total, pct: total > 0 ? (reporting * 100) / total : 0 },
    fullyReported: total > 0 && reporting === total,
    // A tie is a zero margin: same condition, so the flag and the number can never disagree.
    tie: contested && marginVotes === 0,
    runoffLikely,
    recountEligible,
    projectedVotesRemaining: projectRemainingVotes(race),
  };
}
