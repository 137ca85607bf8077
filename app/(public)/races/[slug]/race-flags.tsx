import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

// The conditions an informed reader should know about: a tie, a runoff, a recount.
export function RaceFlags({ race }: { race: RaceResult }) {
  const notes: string[] = [];
  if (race.flags.tie) notes.push("The leading candidates are tied.");
  if (race.flags.runoffLikely && race.rule.kind === "majority" && race.call.status !== "runoff") {
    notes.push(`No candidate has passed ${formatPct(race.rule.thresholdPct, 0)}; a runoff between the top two is likely.`);
  }
  if (race.flags.recountEligible && race.recountMarginPct !== null) {
    notes.push(`The margin is within ${formatPct(race.recountMarginPct)}: the trailing candidate may request a recount.`);
  }
  if (race.reporting.pct < 100 && race.projectedVotesRemaining > 0 && race.totalVotes > 0) {
    notes.push(`About ${formatVotes(race.projectedVotesRemaining)} votes are estimated still to be counted.`);
  }
  if (notes.length === 0) return null;
  return (
    <ul className="flags">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
