// Votes by how they were cast (election day, early, mail, provisional, or a feed's own name), as a
// feed reports them per reporting unit and candidate: their order, their sums over a race, and the
// table a reader sees. A feed's breakdown need not add up to the count the desk shows (a feed may
// report only some methods or units; a hand-entered count may have moved since), so the reader's
// table never shows more votes by method than a candidate has, and says how many it cannot place.
import { METHOD_KINDS, type MethodKind } from "./feeds/feed-snapshot";

export interface MethodVotes {
  /** The feed's own name for the method, e.g. "Advanced Voting Votes". */
  method: string;
  kind: MethodKind;
  votes: number;
}

/** Votes by method keyed by candidate slug, as one unit reports them. */
export type UnitVotesByMethod = Record<string, MethodVotes[]>;

const KIND_RANK = new Map<string, number>(METHOD_KINDS.map((kind, i) => [kind, i]));

/** A stored kind, read back: anything the desk does not know is "other". */
export function methodKindOf(raw: string): MethodKind {
  return KIND_RANK.has(raw) ? (raw as MethodKind) : "other";
}

/** Election day, early, mail, provisional, then the rest; by the feed's name within a kind. */
export function compareMethods(a: Pick<MethodVotes, "method" | "kind">, b: Pick<MethodVotes, "method" | "kind">): number {
  const byKind = KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!;
  if (byKind !== 0) return byKind;
  return a.method < b.method ? -1 : a.method > b.method ? 1 : 0;
}

const methodKey = (m: Pick<MethodVotes, "method" | "kind">) => `${m.kind}\u0000${m.method}`;

/** One candidate's votes by method in a unit; none when the unit has no breakdown for them. */
export function methodVotesOf(record: Readonly<UnitVotesByMethod>, slug: string): readonly MethodVotes[] {
  return Object.hasOwn(record, slug) ? record[slug]! : [];
}

/** Several lists of votes by method added up, method by method, in the stable order. */
export function sumMethodVotes(lists: Iterable<readonly MethodVotes[]>): MethodVotes[] {
  const sums = new Map<string, MethodVotes>();
  for (const list of lists) {
    for (const entry of list) {
      const key = methodKey(entry);
      const sum = sums.get(key);
      if (sum) sum.votes += entry.votes;
      else sums.set(key, { ...entry });
    }
  }
  return [...sums.values()].sort(compareMethods);
}

// ---- What a reader sees

const KIND_LABELS: Record<MethodKind, string> = {
  election_day: "Election day",
  early: "Early",
  mail: "Mail",
  provisional: "Provisional",
  other: "Other",
};

export interface MethodColumn {
  method: string;
  kind: MethodKind;
  /** "Early" when the race has one early method; the feed's own name otherwise. */
  label: string;
  /** Every candidate's votes cast this way. */
  votes: number;
  /** Of the race's votes, 0–100. */
  pct: number;
}

export interface MethodCell {
  votes: number;
  /** The candidate's share of the votes cast this way, 0–100. */
  pct: number;
}

export interface MethodRow {
  slug: string;
  name: string;
  /** The candidate's count, as the results table shows it. */
  votes: number;
  /** One per column, in the columns' order. */
  cells: MethodCell[];
  /** Votes the breakdown does not place: `votes` is always the cells' sum plus this. */
  notByMethod: number;
}

export interface VotesByMethodTable {
  columns: MethodColumn[];
  /** In the order given (the results table's). */
  rows: MethodRow[];
  /** Every candidate's votes the breakdown does not place, and their share of the race's votes. */
  notByMethod: { votes: number; pct: number };
  /** Every vote counted is placed in a method. */
  complete: boolean;
}

export interface MethodTableInput {
  candidates: readonly { slug: string; name: string; votes: number }[];
  units: readonly { votes: Readonly<Record<string, number>>; votesByMethod: Readonly<UnitVotesByMethod> }[];
}

const ownCount = (record: Readonly<Record<string, number>>, slug: string) => (Object.hasOwn(record, slug) ? record[slug]! : 0);
const share = (part: number, whole: number) => (whole > 0 ? (part * 100) / whole : 0);

/**
 * A unit's breakdown is shown only if it fits the unit's count: no candidate's methods add up to
 * more than their votes there. One that does not was reported for another count (the desk has
 * corrected the unit since), and the whole unit's breakdown is then left out rather than mixed.
 */
function fitsCount(unit: MethodTableInput["units"][number], slugs: readonly string[]): boolean {
  return slugs.every((slug) => methodVotesOf(unit.votesByMethod, slug).reduce((sum, m) => sum + m.votes, 0) <= ownCount(unit.votes, slug));
}

function labelled(columns: Omit<MethodColumn, "label" | "pct">[], totalVotes: number): MethodColumn[] {
  const perKind = new Map<MethodKind, number>();
  for (const c of columns) perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
  return columns.map((c) => ({
    ...c,
    label: c.kind !== "other" && perKind.get(c.kind) === 1 ? KIND_LABELS[c.kind] : c.method,
    pct: share(c.votes, totalVotes),
  }));
}

/** The race's votes by method, candidates × methods; no columns when no unit's breakdown can be shown. */
export function votesByMethodTable(race: MethodTableInput): VotesByMethodTable {
  const slugs = race.candidates.map((c) => c.slug);
  const shown = race.units.filter((unit) => fitsCount(unit, slugs));
  const byCandidate = new Map(slugs.map((slug) => [slug, sumMethodVotes(shown.map((u) => methodVotesOf(u.votesByMethod, slug)))]));
  const columns = sumMethodVotes(byCandidate.values());
  const totalVotes = race.candidates.reduce((sum, c) => sum + c.votes, 0);

  const rows = race.candidates.map((candidate): MethodRow => {
    const own = new Map(byCandidate.get(candidate.slug)!.map((m) => [methodKey(m), m.votes]));
    const cells = columns.map((column) => {
      const votes = own.get(methodKey(column)) ?? 0;
      return { votes, pct: share(votes, column.votes) };
    });
    const placed = cells.reduce((sum, cell) => sum + cell.votes, 0);
    return { slug: candidate.slug, name: candidate.name, votes: candidate.votes, cells, notByMethod: candidate.votes - placed };
  });
  const notByMethod = rows.reduce((sum, row) => sum + row.notByMethod, 0);
  return {
    columns: labelled(columns, totalVotes),
    rows,
    notByMethod: { votes: notByMethod, pct: share(notByMethod, totalVotes) },
    complete: notByMethod === 0,
  };
}
