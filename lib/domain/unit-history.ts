// A reporting unit's saves as the desk reads them (who, when, from → to, where the numbers came
// from), and what undoing the last one writes back. Pure: the query (lib/server/queries/unit-history.ts)
// and the command (lib/server/commands/undo-unit-save.ts) bring the rows.
import { formatVotes, lastName } from "./margin-words";

/** Where a save's numbers came from, in the desk's words on the history. */
export type UnitSaveKind = "hand" | "csv" | "feed" | "seed" | "correction" | "undo";

export interface FromTo {
  before: number | null;
  after: number | null;
}

export interface UnitSave {
  batchId: string;
  at: string;
  /** The person (or API key's owner) who saved, or the feed that sent the count. */
  by: string;
  kind: UnitSaveKind;
  /** "Desk entry", "CSV import", "Feed correction", "Undo of Sam Staff's save at 11:42 PM"… */
  label: string;
  /** The unit's version after the save, when it was recorded. */
  version: number | null;
  /** Each candidate whose count moved, in ballot order. */
  votes: { candidate: string; name: string; before: number; after: number }[];
  /** Precincts reporting and ballots cast, when the save recorded what they were before. */
  precinctsReporting: FromTo | null;
  ballotsCast: FromTo | null;
  note: string | null;
  /** The save an undo reverted. */
  undoes: { batchId: string; by: string; at: string } | null;
}

/** "Undo of Sam Staff's save at 11:42 PM". */
export function undoLabel(by: string, when: string): string {
  return `Undo of ${by}'s save at ${when}`;
}

const count = (n: number | null) => (n === null ? "none" : formatVotes(n));

/** "Archibong 5,010 → 4,972 · Bakhtiari 4,758 → 4,700 · precincts 10 → 12": what the save changed. */
export function saveChanges(save: Pick<UnitSave, "votes" | "precinctsReporting" | "ballotsCast">): string {
  const parts = save.votes.map((v) => `${lastName(v.name)} ${formatVotes(v.before)} → ${formatVotes(v.after)}`);
  const moved = (fromTo: FromTo | null) => fromTo !== null && fromTo.before !== fromTo.after;
  if (moved(save.precinctsReporting)) parts.push(`precincts ${count(save.precinctsReporting!.before)} → ${count(save.precinctsReporting!.after)}`);
  if (moved(save.ballotsCast)) parts.push(`ballots ${count(save.ballotsCast!.before)} → ${count(save.ballotsCast!.after)}`);
  return parts.length > 0 ? parts.join(" · ") : "no change to the numbers";
}

/** What undoing a save writes back, the other way round ("Archibong 4,972 → 5,010"). */
export function reverted(save: Pick<UnitSave, "votes" | "precinctsReporting" | "ballotsCast">): Pick<UnitSave, "votes" | "precinctsReporting" | "ballotsCast"> {
  const back = (fromTo: FromTo | null): FromTo | null => fromTo && { before: fromTo.after, after: fromTo.before };
  return {
    votes: save.votes.map((v) => ({ ...v, before: v.after, after: v.before })),
    precinctsReporting: back(save.precinctsReporting),
    ballotsCast: back(save.ballotsCast),
  };
}

/**
 * The counts an undo writes: each candidate back to what it had before the save; precincts and
 * ballots too when the save recorded them (a CSV file or a feed snapshot did not: they stay).
 */
export function undoCounts(save: Pick<UnitSave, "votes" | "precinctsReporting" | "ballotsCast">, current: { precinctsReporting: number; ballotsCast: number | null }) {
  const precinctsBefore = save.precinctsReporting?.before;
  return {
    votes: Object.fromEntries(save.votes.map((v) => [v.candidate, v.before])),
    precinctsReporting: precinctsBefore ?? current.precinctsReporting,
    ballotsCast: save.ballotsCast ? save.ballotsCast.before : current.ballotsCast,
  };
}
