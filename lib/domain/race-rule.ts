// What the count says under the race's rule once every precinct is in: who wins, who goes to a
// runoff, or a tie that a person has to resolve. The call guard compares editors' calls to this.

import type { RaceCount } from "./race-types";
import type { CandidateResult, Tabulation } from "./tabulation";

export type RuleOutcome =
  | { kind: "pending" }
  | { kind: "winners"; ids: string[] }
  | { kind: "runoff"; ids: string[] }
  | { kind: "tie"; ids: string[] };

const RUNOFF_PLACES = 2;

// Everyone level with the candidate in the last place that counts, above or below the cut.
function levelWith(candidates: readonly CandidateResult[], place: number): string[] {
  const atCut = candidates[place - 1];
  if (atCut === undefined) return [];
  return candidates.filter((c) => c.votes === atCut.votes).map((c) => c.id);
}

// Whether the last place that counts is shared with someone outside it.
function tiedAtCut(candidates: readonly CandidateResult[], place: number): boolean {
  const inside = candidates[place - 1];
  const outside = candidates[place];
  return inside !== undefined && outside !== undefined && inside.votes === outside.votes;
}

export function outcomeUnderRule(race: Pick<RaceCount, "rule" | "seats">, t: Tabulation): RuleOutcome {
  // A fully reported race with no votes has nobody to name; it stays for a person to sort out.
  if (!t.fullyReported || t.totalVotes === 0) return { kind: "pending" };

  if (race.rule.kind === "majority" && race.seats === 1 && t.runoffLikely) {
    // A tie for second place means nobody yet knows who joins the leader in the runoff.
    if (tiedAtCut(t.candidates, RUNOFF_PLACES)) {
      return { kind: "tie", ids: levelWith(t.candidates, RUNOFF_PLACES) };
    }
    return { kind: "runoff", ids: t.candidates.slice(0, RUNOFF_PLACES).map((c) => c.id) };
  }

  if (t.tie) return { kind: "tie", ids: levelWith(t.candidates, race.seats) };
  return { kind: "winners", ids: [...t.leaders] };
}
