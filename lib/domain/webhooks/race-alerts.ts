// What alerts say about a race, from the race as the domain builds it: its reference and standings
// for an event's data, and the two states the count alone can reach, announced once each time they
// become true: too close (a tie, or inside the recount band, while the race stands uncalled: once an
// editor has called it, too close included, the call says it) and fully reported (every precinct in,
// with votes).
import { raceShortName } from "../race-name";
import type { RaceResult } from "../race-result";
import type { CandidateVotes, RaceRef } from "./events";

/** A race as an event names it; `election` needs only its slug. */
export type RaceNaming = Pick<RaceResult, "slug" | "office" | "seat"> & { election: { slug: string } };

export function raceRef(race: RaceNaming, publicUrl: string): RaceRef {
  return {
    slug: race.slug,
    name: raceShortName(race),
    office: race.office,
    seat: race.seat,
    election: race.election.slug,
    url: `${publicUrl}/races/${race.slug}`,
  };
}

/** Every candidate, most votes first (the race's own ranking). */
export function standings(race: Pick<RaceResult, "candidates">): CandidateVotes[] {
  return [...race.candidates].sort((a, b) => a.rank - b.rank).map(({ slug, name, votes }) => ({ slug, name, votes }));
}

export interface CountAlertState {
  tooClose: boolean;
  fullyReported: boolean;
}

export const NOTHING_ANNOUNCED: CountAlertState = { tooClose: false, fullyReported: false };

export function countAlertState(race: RaceResult): CountAlertState {
  const counted = race.totalVotes > 0;
  const uncalled = race.call.status === "uncalled";
  const { precinctsReporting, precinctsTotal } = race.reporting;
  return {
    tooClose: counted && uncalled && (race.flags.tie || race.flags.recountEligible),
    fullyReported: counted && precinctsTotal > 0 && precinctsReporting >= precinctsTotal,
  };
}

/** The states that have become true since they were last announced. */
export function newlyTrue(before: CountAlertState, after: CountAlertState): ("race.too_close" | "race.fully_reported")[] {
  return [...(after.tooClose && !before.tooClose ? ["race.too_close" as const] : []), ...(after.fullyReported && !before.fullyReported ? ["race.fully_reported" as const] : [])];
}
