// The shape of a race's count as the domain layer sees it: plain data, already validated at the edge
// (lib/server parses input with zod), so the rules here can assume whole, non-negative vote counts.

export type RaceRule = { kind: "plurality" } | { kind: "majority"; thresholdPct: number };

export interface CandidateEntry {
  id: string;
  name: string;
  ballotOrder: number;
}

export interface UnitCount {
  id: string;
  precinctsTotal: number;
  precinctsReporting: number;
  /** Keyed by candidate id; a candidate missing from a unit has 0 votes there. */
  votes: Readonly<Record<string, number>>;
}

export interface RaceCount {
  seats: number;
  rule: RaceRule;
  /** Recount band in points (Georgia: 0.5); null when the jurisdiction has none. */
  recountMarginPct: number | null;
  candidates: readonly CandidateEntry[];
  units: readonly UnitCount[];
}
