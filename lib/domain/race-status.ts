// The words a reader sees for a race's state: the status badge ("Not yet called", "Archibong wins")
// and the margin sentence. Shared by race pages, election pages, embeds and the home page.

import { describeMargin } from "./margin-words";
import type { CallStatus } from "./race-call";
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
