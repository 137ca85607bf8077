// How many votes are still to come, so the call guard can warn when a margin is smaller than that.

import type { RaceCount } from "./race-types";
import { votesInUnit } from "./vote-totals";

export function projectRemainingVotes(race: RaceCount): number {
  const reporting = race.units.filter((unit) => unit.precinctsReporting > 0);
  const precinctsIn = reporting.reduce((sum, unit) => sum + unit.precinctsReporting, 0);
  if (precinctsIn === 0) return 0;

  // Votes in units with no precincts in (early or absentee batches) would inflate a per-precinct rate.
  const votesIn = reporting.reduce((sum, unit) => sum + votesInUnit(unit, race.candidates), 0);
  const raceRate = votesIn / precinctsIn;

  let remaining = 0;
  for (const unit of race.units) {
    // max(0, …) because a unit that over-reports must not cancel another unit's outstanding votes.
    const outstanding = Math.max(0, unit.precinctsTotal - unit.precinctsReporting);
    if (outstanding === 0) continue;
    // A unit's own turnout is the best guide to its missing precincts; the race-wide rate stands in
    // only until the unit has reported something.
    const rate =
      unit.precinctsReporting > 0
        ? votesInUnit(unit, race.candidates) / unit.precinctsReporting
        : raceRate;
    remaining += rate * outstanding;
  }
  return Math.round(remaining);
}
