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

const ORDER: AttentionReason[] = ["pending_call", "changed", "uncalled", "close", "counting"];

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
