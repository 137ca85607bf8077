// Summing votes, shared by tabulation and projection so both agree on what counts: only votes for
// the race's own candidates (a stray key in a unit's record is not a vote in this race).

import type { CandidateEntry, UnitCount } from "./race-types";

export function votesInUnit(unit: UnitCount, candidates: readonly CandidateEntry[]): number {
  let sum = 0;
  for (const candidate of candidates) sum += unit.votes[candidate.id] ?? 0;
  return sum;
}

export function votesForCandidate(candidateId: string, units: readonly UnitCount[]): number {
  let sum = 0;
  for (const unit of units) sum += unit.votes[candidateId] ?? 0;
  return sum;
}
