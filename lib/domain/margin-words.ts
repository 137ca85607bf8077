// The one-line margin sentence under a race headline, and the number formats every page shares, so
// "5,010" and "51.3%" read the same on the race page, the embed and the desk.

const VOTES = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatVotes(n: number): string {
  return VOTES.format(n);
}

export function formatPct(pct: number, digits = 1): string {
  return `${pct.toFixed(digits)}%`;
}

export interface MarginWordsInput {
  leaderName: string | null;
  runnerUpName: string | null;
  margin: { votes: number; pct: number } | null;
  tie: boolean;
  totalVotes: number;
  final?: boolean;
}

// Headlines use surnames; the name is stored whole, so the last word is taken as the surname.
export function lastName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? fullName;
}

function voteCount(votes: number): string {
  return `${formatVotes(votes)} ${votes === 1 ? "vote" : "votes"}`;
}

// "0.0 points" next to a real vote margin reads as a tie, which it is not.
function points(pct: number): string {
  const rounded = pct.toFixed(1);
  return rounded === "0.0" && pct > 0 ? "less than 0.1 points" : `${rounded} points`;
}

export function describeMargin(input: MarginWordsInput): string {
  if (input.totalVotes === 0) return "No votes reported yet";

  const leader = input.leaderName === null ? null : lastName(input.leaderName);
  const runnerUp = input.runnerUpName === null ? null : lastName(input.runnerUpName);

  if (input.tie) {
    const verb = input.final ? "finished tied" : "are tied";
    if (leader !== null && runnerUp !== null) return `${leader} and ${runnerUp} ${verb}`;
    return input.final ? "The race finished tied" : "The race is tied";
  }

  if (leader === null) return "No leader yet";
  // No margin means nobody to beat (as many candidates as seats): say who is ahead, not by how much.
  if (input.margin === null) return input.final ? `${leader} won` : `${leader} leads`;

  const verb = input.final ? "won by" : "leads by";
  return `${leader} ${verb} ${voteCount(input.margin.votes)}, ${points(input.margin.pct)}`;
}
