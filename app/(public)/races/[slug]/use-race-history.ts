"use client";
// The margin chart's history, kept in step with the polled count. When a poll brings a new count the
// history is asked for again (`GET /api/v1/races/{slug}/history`); until it arrives, or if it does
// not, the count on the page is the chart's last point, so the chart never contradicts the numbers.
import { useEffect, useMemo, useState } from "react";
import { withCurrentCount, type RaceHistory } from "@/lib/domain/margin-history";
import type { RaceResult } from "@/lib/domain/race-result";

export function useRaceHistory(race: RaceResult, initial: RaceHistory): RaceHistory {
  const [history, setHistory] = useState(initial);
  const [firstUpdate] = useState(race.updatedAt);
  const { slug, updatedAt } = race;

  useEffect(() => {
    if (updatedAt === firstUpdate) return; // the server rendered the page with this history
    const controller = new AbortController();
    fetch(`/api/v1/races/${encodeURIComponent(slug)}/history`, { cache: "no-store", signal: controller.signal })
      .then(async (response) => {
        if (response.ok) setHistory((await response.json()) as RaceHistory);
      })
      .catch(() => {
        // Aborted by a newer count, or offline: the current count stays the last point.
      });
    return () => controller.abort();
  }, [slug, updatedAt, firstUpdate]);

  return useMemo(
    () => withCurrentCount(history, { at: race.updatedAt, totals: Object.fromEntries(race.candidates.map((c) => [c.slug, c.votes])) }),
    [history, race],
  );
}
