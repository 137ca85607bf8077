import type { RaceResult } from "@/lib/domain/race-result";
import type { RaceSummary } from "@/lib/domain/race-summary";

// Lists poll the election API, whose races are summaries without the per-unit detail. The shared
// race components take a full result but never read its units in a list, so an empty list stands in.
export function asListedRace(summary: RaceSummary): RaceResult {
  return { ...summary, units: [] };
}
