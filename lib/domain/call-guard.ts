// The call guard (DESIGN.md section 2): every proposed call is checked against the count before it
// is recorded. Refusals cannot be overridden; warnings are allowed once an editor acknowledges each
// one, and the acknowledgements are stored with the call.
import { z } from "zod";
import { formatPct, formatVotes } from "./margin-words";
import { CALL_STATUSES, type CallStatus } from "./race-call";
import type { RaceResult } from "./race-result";
import { outcomeUnderRule, type RuleOutcome } from "./race-rule";
import type { Tabulation } from "./tabulation";

export const RUNOFF_PLACES = 2;

export const proposedCallSchema = z
  .object({
    status: z.enum(CALL_STATUSES),
    winners: z.array(z.string().min(1).max(200)).max(50).default([]),
    advancing: z.array(z.string().min(1).max(200)).max(50).default([]),
    note: z.string().trim().max(1000).optional(),
    acknowledge: z.array(z.string().max(60)).max(20).default([]),
  })
  .strict();

export type ProposedCall = z.infer<typeof proposedCallSchema>;

export type RefusalCode =
  | "unknown_candidate"
  | "duplicate_candidate"
  | "no_votes"
  | "wrong_winner_count"
  | "runoff_in_plurality"
  | "wrong_advancing_count"
  | "candidates_not_expected"
  | "winner_below_threshold"
  | "retraction_needs_reason"
  | "nothing_to_retract"
  | "no_runoff_needed"
  | "withdrawn_candidate";

export type WarningCode =
  | "winner_not_leading"
  | "tied_at_last_seat"
  | "margin_in_recount_band"
  | "margin_below_projection"
  | "leader_below_threshold"
  | "leader_has_majority";

export interface Finding<C extends string> {
  code: C;
  message: string;
}

export interface CallVerdict {
  refusals: Finding<RefusalCode>[];
  warnings: Finding<WarningCode>[];
}

const STATUS_NAMES_WORDS: Record<CallStatus, string> = {
  called: "A call for a winner names winners, not candidates advancing to a runoff.",
  runoff: "A runoff call names the candidates who advance, not winners.",
  too_close: "Marking a race too close to call names no candidates.",
  uncalled: "A retraction names no candidates.",
};

/** The race's tabulation, as the result carries it, for the rules that read a Tabulation. */
function tabulationOf(race: RaceResult): Tabulation {
  const { precinctsReporting, precinctsTotal, pct } = race.reporting;
  return {
    totalVotes: race.totalVotes,
    candidates: race.candidates.map(({ slug, name, votes, pct, rank }) => ({ id: slug, name, votes, pct, rank })),
    leaders: race.totalVotes > 0 ? race.candidates.slice(0, race.seats).map((c) => c.slug) : [],
    margin: race.margin,
    precincts: { reporting: precinctsReporting, total: precinctsTotal, pct },
    fullyReported: precinctsTotal > 0 && precinctsReporting === precinctsTotal,
    tie: race.flags.tie,
    runoffLikely: race.flags.runoffLikely,
    recountEligible: race.flags.recountEligible,
    projectedVotesRemaining: race.projectedVotesRemaining,
  };
}

/** Whether `votes` of the race's total is below `pct` percent: in whole votes, as tabulation compares. */
const belowShare = (votes: number, pct: number, total: number) => votes * 100 < pct * total;

// The place where a call's margin is measured: between the last winner and the first loser for a
// win; between the last candidate advancing and the first one out for a runoff.
function marginAtCut(race: RaceResult, places: number): { votes: number; pct: number } | null {
  const inside = race.candidates[places - 1];
  const outside = race.candidates[places];
  if (!inside || !outside || race.totalVotes === 0) return null;
  const votes = inside.votes - outside.votes;
  return { votes, pct: (100 * votes) / race.totalVotes };
}

const NAMES_STATUS: Record<CallStatus, "winners" | "advancing" | null> = {
  called: "winners",
  runoff: "advancing",
  too_close: null,
  uncalled: null,
};

export function checkCall(race: RaceResult, call: ProposedCall, current: CallStatus): CallVerdict {
  const refusals: Finding<RefusalCode>[] = [];
  const warnings: Finding<WarningCode>[] = [];
  const refuse = (code: RefusalCode, message: string) => refusals.push({ code, message });
  const warn = (code: WarningCode, message: string) => warnings.push({ code, message });

  const bySlug = new Map(race.candidates.map((c) => [c.slug, c]));
  const named = [...call.winners, ...call.advancing];
  const expected = NAMES_STATUS[call.status];
  for (const slug of named.filter((s) => !bySlug.has(s))) refuse("unknown_candidate", `"${slug}" is not a candidate in this race.`);
  if (new Set(named).size !== named.length) refuse("duplicate_candidate", "A candidate is named twice.");
  for (const c of named.flatMap((s) => bySlug.get(s) ?? []).filter((c) => c.withdrawn)) {
    refuse("withdrawn_candidate", `${c.name} has withdrawn from this race and cannot be called as a winner or sent to a runoff.`);
  }
  if ((expected !== "winners" && call.winners.length > 0) || (expected !== "advancing" && call.advancing.length > 0)) {
    refuse("candidates_not_expected", STATUS_NAMES_WORDS[call.status]);
  }

  if (call.status === "uncalled") {
    if (current === "uncalled") refuse("nothing_to_retract", "The race has not been called, so there is nothing to retract.");
    else if (!call.note) refuse("retraction_needs_reason", "Say why the call is retracted.");
    return { refusals, warnings };
  }
  if (call.status === "too_close") return { refusals, warnings };

  if (race.totalVotes === 0) refuse("no_votes", "No votes have been counted.");
  // A majority threshold binds single-seat races only; a multi-seat race elects its top N.
  const majority = race.rule.kind === "majority" && race.seats === 1 ? race.rule.thresholdPct : null;
  const ruleIsMajority = race.rule.kind === "majority";
  const tabulation = tabulationOf(race);
  const precinctsOut = !tabulation.fullyReported;
  // With every precinct in, the rule itself says whether there is a winner or a runoff.
  const outcome: RuleOutcome = outcomeUnderRule(race, tabulation);
  const chosen = (expected === "winners" ? call.winners : call.advancing).flatMap((slug) => bySlug.get(slug) ?? []);
  const places = call.status === "called" ? race.seats : RUNOFF_PLACES;

  if (call.status === "called" && call.winners.length !== race.seats) {
    refuse("wrong_winner_count", `This race elects ${race.seats}; the call names ${call.winners.length}.`);
  }
  if (call.status === "runoff") {
    if (!ruleIsMajority) refuse("runoff_in_plurality", "A plurality race has no runoff: the most votes wins.");
    if (call.advancing.length !== RUNOFF_PLACES) refuse("wrong_advancing_count", `A runoff is between the top ${RUNOFF_PLACES}; the call names ${call.advancing.length}.`);
  }
  if (call.status === "called" && majority !== null) {
    for (const winner of chosen.filter((c) => belowShare(c.votes, majority, race.totalVotes))) {
      const words = `${winner.name} has ${formatPct(winner.pct)}, below the ${formatPct(majority, 0)} this race requires`;
      if (!precinctsOut) refuse("winner_below_threshold", `${words}, with every precinct in: this is a runoff, not a win.`);
      else warn("leader_below_threshold", `${words}, with precincts still out.`);
    }
  }
  const leader = race.candidates[0];
  if (call.status === "runoff" && majority !== null && leader && race.totalVotes > 0 && !belowShare(leader.votes, majority, race.totalVotes)) {
    const words = `${leader.name} has ${formatPct(leader.pct)}, a majority`;
    if (outcome.kind === "winners") refuse("no_runoff_needed", `${words} with every precinct in: there is a winner, not a runoff.`);
    else if (precinctsOut) warn("leader_has_majority", `${words} so far; a runoff may not be needed.`);
  }
  if (refusals.length > 0) return { refusals, warnings };

  const trailing = chosen.filter((c) => c.rank > places);
  const cut = marginAtCut(race, places);
  const placeWords = places === 1 ? "the leader" : `among the top ${places}`;
  if (trailing.length > 0) warn("winner_not_leading", `${trailing.map((c) => c.name).join(" and ")} ${trailing.length === 1 ? "is" : "are"} not ${placeWords} in the count.`);
  else if (cut !== null && cut.votes === 0) warn("tied_at_last_seat", `The count is tied at place ${places}: who ${call.status === "runoff" ? "advances" : "wins"} is not settled.`);
  if (cut !== null && race.recountMarginPct !== null && cut.votes * 100 <= race.recountMarginPct * race.totalVotes) {
    warn("margin_in_recount_band", `The margin is within the ${formatPct(race.recountMarginPct)} recount band.`);
  }
  if (precinctsOut && cut !== null && cut.votes < race.projectedVotesRemaining) {
    warn(
      "margin_below_projection",
      `The margin (${formatVotes(cut.votes)}) is smaller than the about ${formatVotes(race.projectedVotesRemaining)} votes still to be counted.`,
    );
  }
  return { refusals, warnings };
}

/** Warnings the editor has not acknowledged yet: the call stands only when this is empty. */
export function unacknowledged(verdict: CallVerdict, acknowledged: readonly string[]): Finding<WarningCode>[] {
  return verdict.warnings.filter((w) => !acknowledged.includes(w.code));
}
