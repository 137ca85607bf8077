// The race's latest batch of votes (one write: a desk save of a unit, a CSV file, a feed snapshot),
// as the top of the race page tells it: "+38 Archibong, +19 Bakhtiari in Fulton County, 11:42 PM".
// The server reads it from the count history (lib/server/queries/races.ts) and sends it with the
// race's JSON, so a live page's line moves with the numbers it describes.
import { formatVotes, lastName } from "./margin-words";
import type { RaceResult } from "./race-result";

export interface LastCountChange {
  at: string;
  /** The unit's name when the batch changed one unit; null when it changed several. */
  unit: string | null;
  /** How many units the batch changed. */
  unitCount: number;
  /** Each candidate's net change in the batch, in ballot order; candidates it left alone are not listed. */
  gains: { slug: string; name: string; delta: number }[];
}

/** A race as readers get it (`GET /api/v1/races/{slug}` and its events): the result and its latest batch. */
export type PublicRace = RaceResult & { lastChange: LastCountChange | null };

// A minus sign, not a hyphen, so a lowered count reads as a number: "−12 Osei".
function signed(delta: number): string {
  return `${delta < 0 ? "\u2212" : "+"}${formatVotes(Math.abs(delta))}`;
}

/**
 * "+38 Archibong, +19 Bakhtiari in Fulton County, 11:42 PM", the time in the page's zone as
 * `clock` formats it. Null when there is no batch, or it moved no candidate's count.
 */
export function lastChangeWords(change: LastCountChange | null, clock: (iso: string) => string): string | null {
  const moved = change?.gains.filter((g) => g.delta !== 0) ?? [];
  if (change === null || moved.length === 0) return null;
  const gains = moved.map((g) => `${signed(g.delta)} ${lastName(g.name)}`).join(", ");
  const where = change.unit ?? `${formatVotes(change.unitCount)} reporting units`;
  return `${gains} in ${where}, ${clock(change.at)}`;
}
