// The words a reader sees for a race's state: the status badge ("Not yet called", "Archibong wins"),
// the line beside it (when it was called, or that the call was retracted and why) and the margin
// sentence. Shared by race pages, election pages, embeds, the home page and the preview image.

import { describeMargin } from "./margin-words";
import { isRetraction, type CallStatus, type CurrentCall } from "./race-call";
import type { RaceResult } from "./race-result";

function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function namesOf(race: RaceResult, slugs: readonly string[]): string[] {
  return slugs.map((slug) => race.candidates.find((c) => c.slug === slug)?.name ?? slug);
}

export function callLabel(race: RaceResult): string {
  const { call } = race;
  switch (call.status) {
    case "called": {
      const winners = namesOf(race, call.winners);
      return `${nameList(winners)} ${winners.length === 1 ? "wins" : "win"}`;
    }
    case "runoff":
      return `Runoff: ${nameList(namesOf(race, call.advancing))} advance`;
    case "too_close":
      return "Too close to call";
    case "uncalled":
      return "Not yet called";
  }
}

/** "Called <time>", only beside a badge that names a result (a winner or a runoff); else null. */
export function calledLine(call: CurrentCall, formatTime: (iso: string) => string): string | null {
  if ((call.status !== "called" && call.status !== "runoff") || call.calledAt === null) return null;
  return `Called ${formatTime(call.calledAt)}`;
}

/**
 * "Call retracted at 11:42 PM: recanvass under way": a retraction is a state readers must see, not
 * only "Not yet called", and the editor's note says why. Null unless the current call is a retraction.
 */
export function retractionLine(call: CurrentCall, formatTime: (iso: string) => string): string | null {
  if (!isRetraction(call)) return null;
  const note = call.note?.trim();
  return `Call retracted at ${formatTime(call.retractedAt)}${note ? `: ${note}` : ""}`;
}

export function callTone(status: CallStatus): "called" | "runoff" | "close" | "open" {
  if (status === "called") return "called";
  if (status === "runoff") return "runoff";
  if (status === "too_close") return "close";
  return "open";
}

export function marginSentence(race: RaceResult): string {
  const [first, second] = race.candidates;
  const atCut = race.candidates[race.seats - 1];
  const firstOut = race.candidates[race.seats];
  return describeMargin({
    leaderName: (race.seats > 1 ? atCut : first)?.name ?? null,
    runnerUpName: (race.seats > 1 ? firstOut : second)?.name ?? null,
    margin: race.margin,
    tie: race.flags.tie,
    totalVotes: race.totalVotes,
    final: race.call.status === "called",
  });
}
