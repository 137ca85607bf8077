// A write of one reporting unit's count: its input schema (shape only: wrong types are malformed
// requests) and the rules that make a count impossible (refused with the field that is wrong).
// Counts are absolute, never increments; candidates not named keep their count.
import { z } from "zod";
import { ownKeyRecord } from "./own-keys";
import type { RaceRowUnit } from "./race-result";

/** Beyond this a tally is a typing error, not a count: no reporting unit casts ten million votes. */
export const MAX_COUNT = 10_000_000;

export const unitTallyInputSchema = z
  .object({
    version: z.number().int().min(0),
    precinctsReporting: z.union([z.number(), z.nan()]).optional(),
    ballotsCast: z.union([z.number(), z.nan()]).nullable().optional(),
    // NaN arrives from a desk form field that is not a number; the rules below name its field.
    // Every key sent, `__proto__` included, reaches the rules and is refused there if unknown.
    votes: ownKeyRecord(z.string().min(1).max(200), z.union([z.number(), z.nan()])),
    correction: z.boolean().optional(),
    note: z.string().max(500).optional(),
  })
  .strict();

export type UnitTallyInput = z.infer<typeof unitTallyInputSchema>;

export interface UnitState {
  seats: number;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  /** Current votes by candidate slug; every candidate of the race has an entry. */
  votes: Record<string, number>;
}

/**
 * One unit's count as saved, at its version: what a writer sees again after a version conflict. It is
 * the unit as the race shows it (RaceRowUnit), with every candidate in `votes`.
 */
export type UnitSnapshot = RaceRowUnit;

export interface TallyChangeLine {
  candidate: string;
  before: number;
  after: number;
}

export type UnitTallyVerdict =
  | {
      ok: true;
      precinctsReporting: number;
      ballotsCast: number | null;
      votes: Record<string, number>;
      changes: TallyChangeLine[];
      /** Whether anything at all differs from the current state. */
      changed: boolean;
    }
  | { ok: false; fields: Record<string, string> };

function countProblem(value: number, noun: string): string | null {
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return `must be a whole number of ${noun}, 0 or more`;
  if (value > MAX_COUNT) return `${value.toLocaleString("en-US")} is too large to be a real count of ${noun}`;
  return null;
}

export function checkUnitTally(unit: UnitState, input: UnitTallyInput): UnitTallyVerdict {
  const fields: Record<string, string> = {};
  const votes = { ...unit.votes };

  for (const [candidate, value] of Object.entries(input.votes)) {
    const field = `votes.${candidate}`;
    // Own keys only: `constructor` or `toString` is not a candidate because Object.prototype has one.
    if (!Object.hasOwn(unit.votes, candidate)) fields[field] = `"${candidate}" is not a candidate in this race`;
    else {
      const problem = countProblem(value, "votes");
      if (problem) fields[field] = problem;
      else votes[candidate] = value;
    }
  }

  const precinctsReporting = input.precinctsReporting ?? unit.precinctsReporting;
  const precinctProblem = countProblem(precinctsReporting, "precincts");
  if (precinctProblem) fields.precinctsReporting = precinctProblem;
  else if (precinctsReporting > unit.precinctsTotal) {
    fields.precinctsReporting = `cannot be more than the unit's ${unit.precinctsTotal} precincts`;
  }

  const ballotsCast = input.ballotsCast === undefined ? unit.ballotsCast : input.ballotsCast;
  if (ballotsCast !== null) {
    const problem = countProblem(ballotsCast, "ballots");
    if (problem) fields.ballotsCast = problem;
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  // Each ballot carries at most one vote per seat.
  const totalVotes = Object.values(votes).reduce((sum, n) => sum + n, 0);
  if (ballotsCast !== null && totalVotes > ballotsCast * unit.seats) {
    const limit = ballotsCast * unit.seats;
    fields.ballotsCast = `${totalVotes.toLocaleString("en-US")} votes is more than ${limit.toLocaleString("en-US")} ballots cast allow`;
  }

  const changes = Object.keys(votes)
    .filter((candidate) => votes[candidate] !== unit.votes[candidate])
    .map((candidate) => ({ candidate, before: unit.votes[candidate]!, after: votes[candidate]! }));

  if (!input.correction) {
    for (const change of changes.filter((c) => c.after < c.before)) {
      fields[`votes.${change.candidate}`] =
        `is lower than the current count (${change.before.toLocaleString("en-US")}); send it as a correction`;
    }
    if (precinctsReporting < unit.precinctsReporting) {
      fields.precinctsReporting = `is lower than the current ${unit.precinctsReporting}; send it as a correction`;
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };

  const changed =
    changes.length > 0 || precinctsReporting !== unit.precinctsReporting || ballotsCast !== unit.ballotsCast;
  return { ok: true, precinctsReporting, ballotsCast, votes, changes, changed };
}
