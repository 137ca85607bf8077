// The margin chart's words for its deciding line (deciding-line.ts): its title, the sentence that
// says which two sides it measures and why, the labels on each side of the line, and its key, in
// ballot order as every list of candidates on the page is.

import { ordinal, type DecidingLine } from "./deciding-line";
import { lastName } from "./margin-words";

export interface LineCandidate {
  slug: string;
  name: string;
  ballotOrder: number;
}

export interface LineKeyItem {
  /** The candidate's slug; null for the threshold's far side, which is nobody. */
  slug: string | null;
  text: string;
  side: "above" | "below";
}

export interface LineWords {
  title: string;
  sentence: string;
  aboveLabel: string;
  belowLabel: string;
  /** The chart's key: the candidates in ballot order, then the threshold's far side if there is one. */
  key: LineKeyItem[];
}

export function decidingLineWords(line: DecidingLine, candidates: readonly LineCandidate[]): LineWords {
  const find = (slug: string) => candidates.find((c) => c.slug === slug);
  const short = (slug: string) => lastName(find(slug)?.name ?? slug);

  if (line.kind === "threshold") {
    const name = short(line.candidate);
    const share = `${line.thresholdPct}%`;
    return {
      title: `${name} against ${share}`,
      sentence: `${name} leads; ${share} of the vote wins without a runoff. Above the line ${name} has it; below it the race goes to a runoff.`,
      aboveLabel: `${name} over ${share}`,
      belowLabel: `Short of ${share}`,
      key: [
        { slug: line.candidate, text: `${name} over ${share}`, side: "above" },
        { slug: null, text: `${name} short of ${share}: runoff`, side: "below" },
      ],
    };
  }

  const above = short(line.above);
  const below = short(line.below);
  const sides = [
    { slug: line.above, side: "above" as const, ballotOrder: find(line.above)?.ballotOrder ?? 0 },
    { slug: line.below, side: "below" as const, ballotOrder: find(line.below)?.ballotOrder ?? 0 },
  ].sort((a, b) => a.ballotOrder - b.ballotOrder);
  const key = sides.map(({ slug, side }) => ({ slug, side, text: `${short(slug)} ahead` }));
  const labels = { aboveLabel: `${above} ahead`, belowLabel: `${below} ahead`, key };

  if (line.kind === "runoff") {
    return {
      title: "The race for a runoff place",
      sentence: `Nobody has the share that wins outright, so the top two meet in a runoff: the second place is between ${above}, 2nd, and ${below}, 3rd. Above the line ${above} makes the runoff; below it ${below} does.`,
      ...labels,
    };
  }
  if (line.seats > 1) {
    return {
      title: "The race for the last seat",
      sentence: `${line.seats} seats: the ${ordinal(line.seats)} and last is between ${above}, ${ordinal(line.seats)} now, and ${below}, ${ordinal(line.seats + 1)}. Above the line ${above} holds it; below it ${below} takes it.`,
      ...labels,
    };
  }
  return { title: "Margin over the night", sentence: `Above the line ${above} leads; below it ${below}.`, ...labels };
}
