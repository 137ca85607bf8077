// The rules of live updates on reader pages, apart from the browser: how long to wait before the
// next poll (backing off while the API fails), when a race is final enough to stop polling, and
// what a screen reader should hear when a call changes.

import type { CallStatus } from "./race-call";
import { callLabel } from "./race-status";
import type { RaceSummary } from "./race-summary";

/** The longest wait between polls while the API keeps failing. */
export const MAX_BACKOFF_MS = 60_000;

export type PollOutcome = "changed" | "unchanged" | "failed";

/** A 304 means the caller's copy is current; anything but a 2xx is a failure to back off from. */
export function pollOutcome(status: number): PollOutcome {
  if (status === 304) return "unchanged";
  if (status >= 200 && status < 300) return "changed";
  return "failed";
}

/**
 * The wait before the next poll: the interval while things work, doubling with each consecutive
 * failure up to the cap. `random` (0 to 1) spreads retries over the upper half of the wait, so a
 * newsroom's readers do not all come back in the same second after an outage.
 */
export function nextPollDelay(consecutiveFailures: number, intervalMs: number, random: () => number = () => 1, maxMs = MAX_BACKOFF_MS): number {
  if (consecutiveFailures <= 0) return intervalMs;
  const backoff = Math.min(intervalMs * 2 ** Math.min(consecutiveFailures, 30), maxMs);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.max(intervalMs, Math.round(backoff / 2 + (backoff / 2) * jitter));
}

/** The wait when a hidden tab becomes visible again: at once, unless the API was failing. */
export function resumeDelay(consecutiveFailures: number, intervalMs: number, random?: () => number): number {
  return consecutiveFailures <= 0 ? 0 : nextPollDelay(consecutiveFailures, intervalMs, random);
}

type FinalityFields = { call: { status: CallStatus }; reporting: { pct: number } };

/** A race whose result will not move: decided (a winner or a runoff) with every precinct in. */
export function isRaceFinal(race: FinalityFields): boolean {
  return (race.call.status === "called" || race.call.status === "runoff") && race.reporting.pct >= 100;
}

/** A list stops polling when every race on it is final (an empty list has nothing to wait for). */
export function areRacesFinal(races: readonly FinalityFields[]): boolean {
  return races.every(isRaceFinal);
}

/** What to announce when a poll brings a different call; null when the call did not change. */
export function callChangeAnnouncement(before: RaceSummary, after: RaceSummary): string | null {
  // The badge's words; a call never depends on the per-unit detail a summary leaves out.
  const label = (race: RaceSummary) => callLabel({ ...race, units: [] });
  if (before.call.status === after.call.status && label(before) === label(after)) return null;
  if (after.call.status === "uncalled") return "Call retracted: not yet called";
  return label(after);
}

/** What to announce when a poll of a list of races brings new calls: each race by name, or null. */
export function raceListAnnouncement(before: readonly RaceSummary[], after: readonly RaceSummary[]): string | null {
  const messages = after.flatMap((race) => {
    const previous = before.find((r) => r.slug === race.slug);
    const message = previous ? callChangeAnnouncement(previous, race) : null;
    return message ? [`${race.office}, ${race.seat}: ${message}`] : [];
  });
  return messages.length > 0 ? messages.join(". ") : null;
}
