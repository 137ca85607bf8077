// What an import file says about each reporting unit, gathered from its rows (a unit's candidates
// usually sit on several lines), and the verdict on it: the same per-unit rules as a desk save
// (checkUnitTally), with every refusal traced back to the line and column that caused it.
import type { ImportProblem, TallyRow } from "./csv-tallies";
import { checkUnitTally, type TallyChangeLine, type UnitState } from "./unit-tally";

export interface GivenCount {
  value: number;
  line: number;
}

export interface ImportedUnit {
  firstLine: number;
  /** By candidate slug. */
  votes: Map<string, GivenCount>;
  precinctsReporting?: GivenCount;
  precinctsTotal?: GivenCount;
  ballotsCast?: GivenCount;
}

const UNIT_COLUMNS = [
  ["precinctsReporting", "precincts_reporting"],
  ["precinctsTotal", "precincts_total"],
  ["ballotsCast", "ballots_cast"],
] as const;

const count = (n: number) => n.toLocaleString("en-US");

export function importedUnit(firstLine: number): ImportedUnit {
  return { firstLine, votes: new Map() };
}

/** Adds one valid row; a number that contradicts an earlier row for the same thing is refused. */
export function addImportedRow(unit: ImportedUnit, candidate: string, row: TallyRow): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const earlier = unit.votes.get(candidate);
  if (earlier && earlier.value !== row.votes) {
    problems.push({
      line: row.line,
      column: "votes",
      message: `${count(row.votes)} differs from the ${count(earlier.value)} given for the same race, unit and candidate on line ${earlier.line}`,
    });
  }
  for (const [key, column] of UNIT_COLUMNS) {
    const value = row[key];
    const given = unit[key];
    if (value !== undefined && given && given.value !== value) {
      problems.push({ line: row.line, column, message: `${count(value)} differs from the ${count(given.value)} given for this unit on line ${given.line}` });
    }
  }
  if (problems.length > 0) return problems;
  if (!earlier) unit.votes.set(candidate, { value: row.votes, line: row.line });
  for (const [key] of UNIT_COLUMNS) {
    const value = row[key];
    if (value !== undefined && !unit[key]) unit[key] = { value, line: row.line };
  }
  return problems;
}

export type ImportedUnitVerdict =
  | { ok: true; changed: boolean; precinctsReporting: number; ballotsCast: number | null; changes: TallyChangeLine[] }
  | { ok: false; problems: ImportProblem[] };

// checkUnitTally words a lower count for the desk form; a file has one switch for the whole file.
const forFile = (message: string) => message.replace("send it as a correction", "import the file as a correction");

/** Checks a unit's rows against its current state (`name` is how refusals refer to the unit). */
export function checkImportedUnit(name: string, current: UnitState, unit: ImportedUnit, correction: boolean): ImportedUnitVerdict {
  const problems: ImportProblem[] = [];
  if (unit.precinctsTotal && unit.precinctsTotal.value !== current.precinctsTotal) {
    problems.push({
      line: unit.precinctsTotal.line,
      column: "precincts_total",
      message: `${count(unit.precinctsTotal.value)} is not the ${count(current.precinctsTotal)} precincts ${name} is set up with; an import does not change a race's set-up`,
    });
  }
  const verdict = checkUnitTally(current, {
    version: 0,
    votes: Object.fromEntries([...unit.votes].map(([candidate, given]) => [candidate, given.value])),
    precinctsReporting: unit.precinctsReporting?.value,
    ballotsCast: unit.ballotsCast?.value,
    correction,
  });
  if (!verdict.ok) {
    for (const [field, message] of Object.entries(verdict.fields)) {
      if (field.startsWith("votes.")) {
        const given = unit.votes.get(field.slice("votes.".length));
        problems.push({ line: given?.line ?? unit.firstLine, column: "votes", message: forFile(`${count(given?.value ?? 0)} ${message}`) });
      } else if (field === "precinctsReporting") {
        const given = unit.precinctsReporting;
        problems.push({ line: given?.line ?? unit.firstLine, column: "precincts_reporting", message: forFile(`${count(given?.value ?? current.precinctsReporting)} ${message}`) });
      } else {
        // Too many votes for the ballots: blame the ballots column when the file gave it, else the votes.
        const given = unit.ballotsCast;
        problems.push({ line: given?.line ?? unit.firstLine, column: given ? "ballots_cast" : "votes", message: `${name}: ${message}` });
      }
    }
  }
  if (!verdict.ok || problems.length > 0) return { ok: false, problems };
  const { changed, precinctsReporting, ballotsCast, changes } = verdict;
  return { ok: true, changed, precinctsReporting, ballotsCast, changes };
}
