// A feed's count held beside a unit the desk entered by hand (the importer records it rather than
// overwrite the desk): how it differs from the desk's count. The race desk's unit forms use it too,
// so it imports nothing (the input that releases a hold is in held-count-input.ts).

/** One unit's count: the desk's, or the feed's held beside it. Votes by candidate (any key, the same on both sides). */
export interface UnitCount {
  precinctsReporting: number;
  ballotsCast: number | null;
  votes: Readonly<Record<string, number>>;
}

export interface CountDifferences {
  /** Candidates whose votes differ, in the desk's order. */
  candidates: string[];
  precinctsReporting: boolean;
  ballotsCast: boolean;
}

/** Where the feed's held count says something else than the desk's. A candidate the feed does not name is not a difference. */
export function heldCountDifferences(held: UnitCount, desk: UnitCount): CountDifferences {
  return {
    candidates: Object.keys(desk.votes).filter((key) => Object.hasOwn(held.votes, key) && held.votes[key] !== desk.votes[key]),
    precinctsReporting: held.precinctsReporting !== desk.precinctsReporting,
    ballotsCast: held.ballotsCast !== null && held.ballotsCast !== desk.ballotsCast,
  };
}

export function countsDiffer(differences: CountDifferences): boolean {
  return differences.candidates.length > 0 || differences.precinctsReporting || differences.ballotsCast;
}

/** Applying the held count lowers a number the desk has: the write is a correction. */
export function heldCountLowers(held: UnitCount, desk: UnitCount): boolean {
  const lowerVotes = Object.keys(desk.votes).some((key) => Object.hasOwn(held.votes, key) && held.votes[key]! < desk.votes[key]!);
  return lowerVotes || held.precinctsReporting < desk.precinctsReporting;
}
