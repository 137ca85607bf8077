// How a reporting unit is shaded on the race map: in its leader's colour, deeper as the lead
// grows, the way newsroom maps read ("light blue: narrow lead; dark blue: wide"). A unit with no
// votes yet, or a tie at the top, takes no candidate's colour at all. Each unit also gets the
// sentence that labels its shape, so a screen reader hears what a sighted reader sees.
import { formatPct, formatVotes, lastName } from "./margin-words";

export interface MapCandidate {
  slug: string;
  name: string;
}

/** The steps of the lead in points (leader's share minus the runner-up's), each a deeper shade. */
export const MARGIN_STEPS = [
  { below: 5, label: "Under 5 pts" },
  { below: 10, label: "5–10 pts" },
  { below: 20, label: "10–20 pts" },
  { below: Infinity, label: "20 pts or more" },
] as const;

/** How much of the leader's colour each step lays over the paper (light to deep). */
export const STEP_OPACITY = [0.35, 0.55, 0.78, 1] as const;

export type UnitShade =
  | { kind: "none" }
  | { kind: "tie"; candidates: string[] }
  | { kind: "lead"; leader: string; votes: number; pct: number; marginVotes: number; marginPct: number; step: number };

export function marginStep(marginPct: number): number {
  return MARGIN_STEPS.findIndex((step) => marginPct < step.below);
}

/** The leader in one unit's votes and by how much, or why there is none. */
export function shadeUnit(votes: Readonly<Record<string, number>>, candidates: readonly MapCandidate[]): UnitShade {
  const ranked = candidates.map((c) => ({ slug: c.slug, votes: votes[c.slug] ?? 0 })).sort((a, b) => b.votes - a.votes);
  // Shares are of every vote in the unit, a withdrawn candidate's too, though only `candidates` may lead.
  const total = Object.values(votes).reduce((sum, n) => sum + n, 0);
  const [first, second] = ranked;
  if (!first || first.votes === 0) return { kind: "none" };
  if (second && second.votes === first.votes) return { kind: "tie", candidates: ranked.filter((c) => c.votes === first.votes).map((c) => c.slug) };
  const marginVotes = first.votes - (second?.votes ?? 0);
  const marginPct = (100 * marginVotes) / total;
  return { kind: "lead", leader: first.slug, votes: first.votes, pct: (100 * first.votes) / total, marginVotes, marginPct, step: marginStep(marginPct) };
}

/** "Fulton County: Archibong leads by 312 votes (51.2%)". */
export function unitMapLabel(unitName: string, shade: UnitShade, candidates: readonly MapCandidate[]): string {
  const surname = (slug: string) => lastName(candidates.find((c) => c.slug === slug)?.name ?? slug);
  if (shade.kind === "none") return `${unitName}: no votes reported yet`;
  if (shade.kind === "tie") return `${unitName}: ${shade.candidates.map(surname).join(" and ")} tied`;
  const votes = `${formatVotes(shade.marginVotes)} ${shade.marginVotes === 1 ? "vote" : "votes"}`;
  return `${unitName}: ${surname(shade.leader)} leads by ${votes} (${formatPct(shade.pct)})`;
}
