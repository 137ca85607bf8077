// Why a race needs the desk's attention on election night, most urgent first: a close call waiting
// for a second editor, numbers that just moved, a race fully counted that nobody has called, a close
// race, a count still coming in.
import type { RaceResult } from "./race-result";

export const RECENT_CHANGE_MINUTES = 10;
/** Under this many points a lead is close enough that every batch matters. */
export const CLOSE_MARGIN_POINTS = 1;

export type AttentionReason = "pending_call" | "changed" | "uncalled" | "close" | "counting";

export const ATTENTION_WORDS: Record<AttentionReason, string> = {
  pending_call: "Call waiting for a second editor",
  changed: `Changed in the last ${RECENT_CHANGE_MINUTES} minutes`,
  uncalled: "Fully reported, not called",
  close: "Close",
  counting: "Counting",
};

/** Every reason, most urgent first. */
export const ATTENTION_REASONS: readonly AttentionReason[] = ["pending_call", "changed", "uncalled", "close", "counting"];
const ORDER = ATTENTION_REASONS;

/** `pendingCall`: whether a close call on the race waits for a second editor (the desk's own record). */
export function attentionReasons(race: RaceResult, now: Date, pendingCall = false): AttentionReason[] {
  const reasons = new Set<AttentionReason>();
  if (pendingCall) reasons.add("pending_call");
  const pct = race.reporting.pct;
  if (now.getTime() - new Date(race.updatedAt).getTime() < RECENT_CHANGE_MINUTES * 60_000) reasons.add("changed");
  if (pct >= 100 && race.totalVotes > 0 && race.call.status === "uncalled") reasons.add("uncalled");
  const close = race.flags.tie || race.flags.recountEligible || (race.margin !== null && race.totalVotes > 0 && race.margin.pct < CLOSE_MARGIN_POINTS);
  if (close && race.call.status !== "called" && race.call.status !== "runoff") reasons.add("close");
  if (pct > 0 && pct < 100) reasons.add("counting");
  return ORDER.filter((r) => reasons.has(r));
}

/** Races that need attention, most urgent first; the rest are left out. */
export function racesNeedingAttention(
  races: readonly RaceResult[],
  now: Date,
  pendingCalls: ReadonlySet<string> = new Set(),
): { race: RaceResult; reasons: AttentionReason[] }[] {
  return races
    .map((race) => ({ race, reasons: attentionReasons(race, now, pendingCalls.has(race.slug)) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => ORDER.indexOf(a.reasons[0]!) - ORDER.indexOf(b.reasons[0]!) || b.race.updatedAt.localeCompare(a.race.updatedAt));
}

/** What the dashboard shows of the races: one election's, and of those needing attention, one reason's. */
export interface DeskFilter {
  election: string | null;
  reason: AttentionReason | null;
}

type QueryValue = string | string[] | undefined;
const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) || null;

/**
 * The dashboard's filter from its address (?election=…&reason=…). A value the desk does not know (a
 * stale link to a removed election, a mistyped reason) filters nothing, rather than showing an empty
 * desk that looks like a quiet night.
 */
export function readDeskFilter(query: { election?: QueryValue; reason?: QueryValue }, electionSlugs: readonly string[]): DeskFilter {
  const election = first(query.election);
  const reason = first(query.reason);
  return {
    election: election && electionSlugs.includes(election) ? election : null,
    reason: reason && (ATTENTION_REASONS as readonly string[]).includes(reason) ? (reason as AttentionReason) : null,
  };
}

export const inElection = (filter: DeskFilter) => (race: RaceResult) => filter.election === null || race.election.slug === filter.election;

/** The races needing attention that the filter keeps: each in its election, for the reason asked (among others). */
export function filterAttention<T extends { race: RaceResult; reasons: AttentionReason[] }>(entries: readonly T[], filter: DeskFilter): T[] {
  return entries.filter((entry) => inElection(filter)(entry.race) && (filter.reason === null || entry.reasons.includes(filter.reason)));
}
