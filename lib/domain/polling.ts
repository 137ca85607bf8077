// The rules of live updates on reader pages, apart from the browser: how long to wait before the
// next poll (slower once a race is settled, backing off while the API fails), and what a screen
// reader should hear when a call changes. No race is ever final: a call can be retracted, so pages
// keep asking, only less often.

import { isRetraction, type CallStatus } from "./race-call";
import { callLabel } from "./race-status";
import type { RaceSummary } from "./race-summary";

/** The longest wait between polls while the API keeps failing. */
export const MAX_BACKOFF_MS = 60_000;

/** The wait between polls of a settled race: a retraction still reaches the reader within it. */
export const SETTLED_INTERVAL_MS = 30_000;

/** How long after any change a page keeps the normal cadence, settled or not: calls come in bursts. */
export const RECENT_CHANGE_MS = 5 * 60_000;

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

type SettledFields = { call: { status: CallStatus }; reporting: { pct: number } };

/** A race that has stopped moving for now: decided (a winner or a runoff) with every precinct in. */
export function isRaceSettled(race: SettledFields): boolean {
  return (race.call.status === "called" || race.call.status === "runoff") && race.reporting.pct >= 100;
}

/** A list is settled when every race on it is (an empty list has nothing to wait for). */
export function areRacesSettled(races: readonly SettledFields[]): boolean {
  return races.every(isRaceSettled);
}

/**
 * How long ago the data last changed, in milliseconds: the later of its own time stamp (the server's
 * clock, `changedAt`) and the moment this page saw it change (the browser's clock, `seenAtMs`), so a
 * browser whose clock runs ahead does not slow down early after a change it watched arrive.
 * Infinity when neither is known.
 */
export function msSinceChange(changedAt: string | null, seenAtMs: number | null, nowMs: number): number {
  const stamped = changedAt === null ? Number.NaN : Date.parse(changedAt);
  const latest = Math.max(Number.isNaN(stamped) ? -Infinity : stamped, seenAtMs ?? -Infinity);
  return latest === -Infinity ? Infinity : Math.max(0, nowMs - latest);
}

/**
 * The interval before the next poll: the normal one while counting, and for a while after any
 * change; the settled one (never longer than 30 s) once a race is decided, fully counted and quiet.
 */
export function pollInterval(settled: boolean, sinceChangeMs: number, intervalMs: number, settledMs = SETTLED_INTERVAL_MS): number {
  if (!settled || sinceChangeMs < RECENT_CHANGE_MS) return intervalMs;
  return Math.max(intervalMs, Math.min(settledMs, SETTLED_INTERVAL_MS));
}

/** What to announce when a poll brings a different call; null when the call did not change. */
export function callChangeAnnouncement(before: RaceSummary, after: RaceSummary): string | null {
  // The badge's words; a call never depends on the per-unit detail a summary leaves out.
  const label = (race: RaceSummary) => callLabel({ ...race, units: [] });
  if (before.call.status === after.call.status && label(before) === label(after)) return null;
  if (after.call.status === "uncalled") {
    const reason = isRetraction(after.call) ? after.call.note?.trim() : null;
    return reason ? `Call retracted: ${reason}` : "Call retracted: not yet called";
  }
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
