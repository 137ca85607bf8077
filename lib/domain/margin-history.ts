// Turns the tally history into the margin-over-time chart: one point per batch along the race's
// deciding line (deciding-line.ts: a pair of candidates, or the leader against the threshold), and
// the moments the lead changed hands (the story of the night in one list). The chart's last point is
// always the count the page shows (withCurrentCount).

import { signedMarginOf, type DecidingLine } from "./deciding-line";

export interface HistoryPoint {
  /** ISO time of the batch. */
  at: string;
  /** Cumulative race totals per candidate id after that batch. */
  totals: Record<string, number>;
}

export interface MarginPoint {
  at: string;
  /** Who is ahead on the line; on a threshold line, the candidate while over it, else null. */
  leaderId: string | null;
  margin: number;
  /** Votes above the line: positive while its upper side leads, so a chart can cross zero. */
  signedMargin: number;
  totals: Record<string, number>;
}

export interface LeadChange {
  at: string;
  from: string | null;
  to: string;
}

// Points keep the order given: history is read in write order, and re-sorting by the `at` string
// would misplace batches written with different UTC offsets.
export function marginSeries(
  points: readonly HistoryPoint[],
  pair: readonly [string, string],
): MarginPoint[] {
  return lineSeries(points, { kind: "seat", above: pair[0], below: pair[1], seats: 1 });
}

/** The same along any deciding line. */
export function lineSeries(points: readonly HistoryPoint[], line: DecidingLine): MarginPoint[] {
  return points.map((point) => {
    const signedMargin = signedMarginOf(line, point.totals);
    const leaderId =
      line.kind === "threshold"
        ? signedMargin >= 0 ? line.candidate : null
        : signedMargin > 0 ? line.above : signedMargin < 0 ? line.below : null;
    return { at: point.at, leaderId, margin: Math.abs(signedMargin), signedMargin, totals: { ...point.totals } };
  });
}

// A level moment is not a lead change by itself: only the next leader who differs from the last one
// counts, so A → level → B is one change (to B) and A → level → A is none.
export function leadChanges(series: readonly MarginPoint[]): LeadChange[] {
  const changes: LeadChange[] = [];
  let lastLeader: string | null = null;
  for (const point of series) {
    if (point.leaderId === null) continue;
    if (lastLeader !== null && point.leaderId !== lastLeader) {
      changes.push({ at: point.at, from: lastLeader, to: point.leaderId });
    }
    lastLeader = point.leaderId;
  }
  return changes;
}

/** A race's margin over time, as `GET /api/v1/races/{slug}/history` answers. */
export interface RaceHistory {
  slug: string;
  /** The two candidates the margin is measured between, the one ahead now first; null on a threshold line. */
  pair: [string, string] | null;
  /** What the margin measures: the race's deciding line (deciding-line.ts), chosen on the count now. */
  line: DecidingLine | null;
  candidates: { slug: string; name: string }[];
  points: MarginPoint[];
  leadChanges: LeadChange[];
}

function sameTotals(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/**
 * The history ending at the count the page shows. A page's count and its history can be read at
 * different moments (the count arrives by polling, the history after it), so when the last batch is
 * not the current count, the current count becomes one more point: a chart never contradicts the
 * numbers above it.
 */
export function withCurrentCount(history: RaceHistory, count: HistoryPoint): RaceHistory {
  if (!history.line) return history;
  const last = history.points[history.points.length - 1];
  const empty = Object.values(count.totals).every((votes) => votes === 0);
  if (last ? sameTotals(last.totals, count.totals) : empty) return history;
  const points = [...history.points, ...lineSeries([count], history.line)];
  return { ...history, points, leadChanges: leadChanges(points) };
}
