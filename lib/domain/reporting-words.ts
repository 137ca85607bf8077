// How much of a race is counted, in the words readers see beside the meter: the share of the
// expected vote when a feed estimates it (AP's eevp, more honest than precincts once many votes come
// by mail: ../shared/FEEDS.md), with the precincts beside it; otherwise the precincts alone.
import { formatPct, formatVotes } from "./margin-words";

export interface ReportingCount {
  precinctsReporting: number;
  precinctsTotal: number;
  /** Of precincts, 0–100. */
  pct: number;
}

/** A share of the count as a whole percent that says neither "100%" before everything is in nor "0%" once anything is. */
export function countedPctText(pct: number): string {
  if (pct >= 100) return "100%";
  if (pct > 99) return "99%";
  if (pct > 0 && pct < 1) return "<1%";
  return formatPct(Math.round(pct), 0);
}

/** "72% of expected vote counted · 1,850 of 2,656 precincts", or "70% of precincts reporting (1,850 of 2,656)". */
export function countedWords(reporting: ReportingCount, expectedVotePct: number | null): string {
  const precincts = `${formatVotes(reporting.precinctsReporting)} of ${formatVotes(reporting.precinctsTotal)}`;
  if (expectedVotePct === null) return `${formatPct(Math.round(reporting.pct), 0)} of precincts reporting (${precincts})`;
  return `${countedPctText(expectedVotePct)} of expected vote counted · ${precincts} precincts`;
}

/** What the meter fills to: the expected vote when known, else precincts. */
export function countedShare(reporting: ReportingCount, expectedVotePct: number | null): number {
  return Math.min(100, Math.max(0, expectedVotePct ?? reporting.pct));
}
