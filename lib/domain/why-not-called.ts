// "Why isn't this called?": the reason a race with votes has no winner yet, in plain words with the
// numbers, under the summary at the top of the race page. Whatever applies, in this order: a tie at
// the deciding line, votes still to come (the projection the call guard warns with, projection.ts),
// the majority a single-seat race needs to avoid a runoff, the recount band; and when none does,
// that the count is in and the desk is reviewing it.
//
// The deciding line is where the margin is measured (tabulation.ts): the last winning seat against
// the first candidate out, so a three-seat race is decided between third and fourth place.
// Called races and runoffs need no reason; a retraction shows its own (race-status.ts); a race with
// no votes says so in the summary already.
import { formatPct, formatVotes, lastName } from "./margin-words";
import { isRetraction } from "./race-call";
import type { RaceResult } from "./race-result";
import { countedPctText } from "./reporting-words";

type WhyRace = Pick<
  RaceResult,
  "call" | "totalVotes" | "candidates" | "seats" | "margin" | "flags" | "reporting" | "projectedVotesRemaining" | "expectedVotePct" | "rule" | "recountMarginPct"
>;

function votes(n: number): string {
  return `${formatVotes(n)} ${n === 1 ? "vote" : "votes"}`;
}

function precinctsOut(race: WhyRace): string {
  const out = race.reporting.precinctsTotal - race.reporting.precinctsReporting;
  return `${formatVotes(out)} of ${formatVotes(race.reporting.precinctsTotal)} precincts ${out === 1 ? "has" : "have"} yet to report`;
}

/** The plain-words reason a race is not called, or null when it needs none. */
export function whyNotCalled(race: WhyRace): string | null {
  if (race.call.status === "called" || race.call.status === "runoff" || isRetraction(race.call)) return null;
  if (race.totalVotes === 0) return null;

  const inside = race.candidates[race.seats - 1];
  const outside = race.candidates[race.seats];
  const seatWords = race.seats === 1 ? "" : ` for the last of the ${race.seats} seats`;
  const reasons: string[] = [];
  const tie = race.flags.tie && inside !== undefined && outside !== undefined;
  const lead =
    inside && outside && race.margin
      ? `${race.seats === 1 ? "" : `For the last of the ${race.seats} seats, `}${lastName(inside.name)} leads ${lastName(outside.name)} by ${votes(race.margin.votes)}`
      : null;

  if (tie) reasons.push(`${lastName(inside.name)} and ${lastName(outside.name)} are tied${seatWords} at ${votes(inside.votes)} each.`);

  const remaining = race.projectedVotesRemaining;
  if (race.reporting.precinctsReporting < race.reporting.precinctsTotal) {
    if (remaining === 0) reasons.push(`${precinctsOut(race)}.`);
    else if (tie || lead === null) reasons.push(`About ${votes(remaining)} are still expected: ${precinctsOut(race)}.`);
    else if (race.margin!.votes < remaining) reasons.push(`${lead}, fewer than the about ${votes(remaining)} still expected: ${precinctsOut(race)}.`);
    else reasons.push(`${lead}, with about ${votes(remaining)} still expected: ${precinctsOut(race)}.`);
  } else if (race.expectedVotePct !== null && race.expectedVotePct < 100) {
    reasons.push(`Every precinct has reported, but only ${countedPctText(race.expectedVotePct)} of the expected vote is counted.`);
  }

  const leader = race.candidates[0];
  if (race.flags.runoffLikely && race.rule.kind === "majority" && leader) {
    reasons.push(`No candidate has the ${formatPct(race.rule.thresholdPct, 0)} needed to avoid a runoff: ${lastName(leader.name)} has ${formatPct(leader.pct)}.`);
  }

  if (race.flags.recountEligible && !tie && race.recountMarginPct !== null && race.margin && outside) {
    reasons.push(
      `The ${formatVotes(race.margin.votes)}-vote margin (${formatPct(race.margin.pct, 2)}) is inside the ${formatPct(race.recountMarginPct)} recount band: ${lastName(outside.name)} may ask for a recount.`,
    );
  }

  if (reasons.length === 0) reasons.push("Every precinct is in: the desk is reviewing the count.");
  return reasons.join(" ");
}
