// A race as a line in a list (election API, home page feeds): the result without the per-unit detail.
import type { RaceResult } from "./race-result";

export type RaceSummary = Omit<RaceResult, "units">;

export function toRaceSummary(race: RaceResult): RaceSummary {
  const { units: _units, ...summary } = race;
  return summary;
}
