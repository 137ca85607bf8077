// What the desk is told about a unit's numbers while typing them, before anything is saved: each
// candidate's change from the saved count, and warnings for entries that are possible but unlikely
// (more votes than ballots or registered voters, a share that swings a long way, a count that goes
// down). Warnings never refuse a save: the hard limits stay in unit-tally.ts, checked by the command.
import { formatPct, formatVotes } from "./margin-words";

/** A share moving more than this many points in one save is worth a second look. */
export const SHARE_SWING_POINTS = 20;
/** Below this many saved votes, shares move a lot with every batch: no swing warning. */
export const SUBSTANTIAL_VOTES = 200;

export type EntryWarningCode = "above_ballots" | "above_registered" | "share_swing" | "count_down";

export interface EntryWarning {
  code: EntryWarningCode;
  /** The form field it is shown beside: `ballotsCast`, `votes.<slug>`, or `total` (the unit as a whole). */
  field: string;
  message: string;
}

export interface EntryCount {
  ballotsCast: number | null;
  /** Votes by candidate slug. */
  votes: Record<string, number>;
}

export interface EntryCheckInput {
  seats: number;
  registeredVoters?: number | null;
  saved: EntryCount;
  /** What is in the fields now; a candidate missing here (blank, or not a count) keeps its saved votes. */
  typed: { ballotsCast: number | null; votes: Record<string, number> };
  names: Record<string, string>;
}

/**
 * A field's text as a count, or null when it is not one (blank, words, negative, a fraction): those
 * are for the command to refuse, not for the desk to be warned about. "1,300" is 1300.
 */
export function parseCount(text: string): number | null {
  const raw = text.trim().replaceAll(",", "");
  if (!/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** "+38", "−12" (a minus sign, not a hyphen), "0". */
export function signedChange(change: number): string {
  if (change > 0) return `+${formatVotes(change)}`;
  if (change < 0) return `−${formatVotes(-change)}`;
  return "0";
}

/** The change in words, for a screen reader: "38 more than the saved 1,234". */
export function changeWords(change: number, saved: number): string {
  if (change === 0) return `same as the saved ${formatVotes(saved)}`;
  return `${formatVotes(Math.abs(change))} ${change > 0 ? "more" : "fewer"} than the saved ${formatVotes(saved)}`;
}

const total = (votes: Record<string, number>) => Object.values(votes).reduce((sum, n) => sum + n, 0);
const share = (n: number, of: number) => (of === 0 ? 0 : (100 * n) / of);

export function checkEntry({ seats, registeredVoters = null, saved, typed, names }: EntryCheckInput): EntryWarning[] {
  const votes = { ...saved.votes, ...typed.votes };
  const warnings: EntryWarning[] = [];
  const totalVotes = total(votes);
  const name = (slug: string) => names[slug] ?? slug;

  // Each ballot carries at most one vote per seat, so the limit is ballots × seats.
  if (typed.ballotsCast !== null && totalVotes > typed.ballotsCast * seats) {
    warnings.push({
      code: "above_ballots",
      field: "ballotsCast",
      message: `${formatVotes(totalVotes)} votes is more than ${formatVotes(typed.ballotsCast * seats)} ballots cast allow`,
    });
  }
  if (registeredVoters !== null) {
    if (typed.ballotsCast !== null && typed.ballotsCast > registeredVoters) {
      warnings.push({ code: "above_registered", field: "ballotsCast", message: `${formatVotes(typed.ballotsCast)} ballots is more than the ${formatVotes(registeredVoters)} registered voters` });
    } else if (totalVotes > registeredVoters * seats) {
      warnings.push({ code: "above_registered", field: "total", message: `${formatVotes(totalVotes)} votes is more than ${formatVotes(registeredVoters)} registered voters could cast` });
    }
  }

  for (const [slug, after] of Object.entries(typed.votes)) {
    const before = saved.votes[slug] ?? 0;
    if (after < before) {
      warnings.push({ code: "count_down", field: `votes.${slug}`, message: `${name(slug)} goes down from ${formatVotes(before)}: save it as a correction` });
    }
  }

  // A swing only means something when the saved count is large enough for its shares to hold still.
  const savedTotal = total(saved.votes);
  if (savedTotal >= SUBSTANTIAL_VOTES && totalVotes > 0) {
    for (const slug of Object.keys(typed.votes)) {
      const from = share(saved.votes[slug] ?? 0, savedTotal);
      const to = share(votes[slug] ?? 0, totalVotes);
      if (Math.abs(to - from) > SHARE_SWING_POINTS) {
        warnings.push({
          code: "share_swing",
          field: `votes.${slug}`,
          message: `${name(slug)}'s share would move from ${formatPct(from)} to ${formatPct(to)}, ${Math.abs(to - from).toFixed(1)} points in one save`,
        });
      }
    }
  }
  return warnings;
}
