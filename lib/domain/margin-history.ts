// Turns the tally history into the margin-over-time chart: one point per batch for a fixed pair of
// candidates, and the moments the lead changed hands (the story of the night in one list).

export interface HistoryPoint {
  /** ISO time of the batch. */
  at: string;
  /** Cumulative race totals per candidate id after that batch. */
  totals: Record<string, number>;
}

export interface MarginPoint {
  at: string;
  leaderId: string | null;
  margin: number;
  /** votes(first of the pair) - votes(second): positive while the first leads, so a chart can cross zero. */
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
  const [first, second] = pair;
  return points.map((point) => {
    const signedMargin = (point.totals[first] ?? 0) - (point.totals[second] ?? 0);
    return {
      at: point.at,
      leaderId: signedMargin > 0 ? first : signedMargin < 0 ? second : null,
      margin: Math.abs(signedMargin),
      signedMargin,
      totals: { ...point.totals },
    };
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
