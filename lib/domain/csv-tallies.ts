// A tally import file, row by row: its columns, its header, each row read into a typed record or
// refused with the line and column at fault, and the import's options. Rows name races, units and
// candidates by slug or by name; resolving those names against the desk's data is the server's job.
import { z } from "zod";
import type { CsvRecord } from "./csv-tallies-records";
import { queryFlag } from "./query-flag";
import { MAX_COUNT } from "./unit-tally";

/** Larger than any real results file (100,000 rows is about 6 MB); beyond it the upload is refused. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const REQUIRED_COLUMNS = ["race", "unit", "candidate", "votes"] as const;
export const OPTIONAL_COLUMNS = ["precincts_reporting", "precincts_total", "ballots_cast"] as const;
export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const COLUMNS: readonly ImportColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export interface ImportProblem {
  line: number;
  column?: string;
  message: string;
}

/** What an import found and did: the answer to a dry run, an import, and a refused file. */
export interface ImportReport {
  dryRun: boolean;
  correction: boolean;
  /** Data rows read (blank lines and the header are not rows). */
  rows: number;
  /** Reporting units the file names. */
  units: number;
  /** Units whose count differs from the desk's: written, or that would be in a dry run. */
  changedUnits: number;
  tallyChanges: number;
  problems: ImportProblem[];
  problemCount: number;
  /** The TallyChange batch and audit subject of an applied import that changed something. */
  batchId: string | null;
}

export interface TallyRow {
  line: number;
  race: string;
  unit: string;
  candidate: string;
  votes: number;
  precinctsReporting?: number;
  precinctsTotal?: number;
  ballotsCast?: number;
}

export type ImportHeader = { line: number; width: number; index: Partial<Record<ImportColumn, number>> };

/** "Precincts Reporting", "precincts-reporting" and "precinctsReporting" all mean precincts_reporting. */
function columnName(raw: string): string {
  return raw
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function isBlankRecord(record: CsvRecord): boolean {
  return !record.problem && record.fields.every((field) => field.trim() === "");
}

export function readHeader(record: CsvRecord): { header: ImportHeader } | { problems: ImportProblem[] } {
  const { line } = record;
  if (record.problem) return { problems: [{ line, message: `The header is not valid CSV: ${record.problem}.` }] };
  const problems: ImportProblem[] = [];
  const index: ImportHeader["index"] = {};
  record.fields.forEach((raw, position) => {
    const name = columnName(raw);
    if (!(COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line, column: raw.trim(), message: `is not a column of a tally import (the columns are ${COLUMNS.join(", ")})` });
    } else if (index[name as ImportColumn] !== undefined) {
      problems.push({ line, column: name, message: "appears twice in the header" });
    } else index[name as ImportColumn] = position;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (index[column] === undefined) problems.push({ line, column, message: `The header has no ${column} column.` });
  }
  return problems.length > 0 ? { problems } : { header: { line, width: record.fields.length, index } };
}

/** A value from the file, quoted and cut short, for a refusal message. */
export function quoteValue(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

const NOUN: Record<string, string> = { votes: "votes", precincts_reporting: "precincts", precincts_total: "precincts", ballots_cast: "ballots" };

/** A count as written in a results file: digits, optionally grouped with commas ("5,010"). */
export function readCount(raw: string, column: string): { value: number } | { problem: string } {
  const text = raw.trim();
  const digits = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replaceAll(",", "") : text;
  if (/^\d+$/.test(digits)) {
    const value = Number(digits);
    return value > MAX_COUNT ? { problem: `${quoteValue(text)} is too large to be a real count of ${NOUN[column]}` } : { value };
  }
  const number = Number(digits);
  if (digits === "" || !Number.isFinite(number)) return { problem: `${quoteValue(text)} is not a number` };
  if (number < 0) return { problem: `${quoteValue(text)} is negative; a count is 0 or more` };
  if (!Number.isInteger(number)) return { problem: `${quoteValue(text)} is not a whole number` };
  return { problem: `${quoteValue(text)} is not written as a whole number in digits` };
}

export function readTallyRow(record: CsvRecord, header: ImportHeader): { row: TallyRow | null; problems: ImportProblem[] } {
  const { line, fields } = record;
  if (record.problem) return { row: null, problems: [{ line, message: `Not valid CSV: ${record.problem}.` }] };
  if (fields.length !== header.width) {
    return { row: null, problems: [{ line, message: `Has ${fields.length} fields; the header has ${header.width}.` }] };
  }
  const problems: ImportProblem[] = [];
  const text = (column: ImportColumn) => {
    const position = header.index[column];
    return position === undefined ? undefined : fields[position]!.trim();
  };
  const name = (column: "race" | "unit" | "candidate") => {
    const value = text(column)!;
    if (value === "") problems.push({ line, column, message: "is empty" });
    return value;
  };
  const count = (column: ImportColumn, required: boolean): number | undefined => {
    const raw = text(column);
    if (raw === undefined || (raw === "" && !required)) return undefined;
    if (raw === "") {
      problems.push({ line, column, message: "is empty" });
      return undefined;
    }
    const read = readCount(raw, column);
    if ("problem" in read) problems.push({ line, column, message: read.problem });
    return "value" in read ? read.value : undefined;
  };
  const row: TallyRow = { line, race: name("race"), unit: name("unit"), candidate: name("candidate"), votes: count("votes", true) ?? 0 };
  const precinctsReporting = count("precincts_reporting", false);
  const precinctsTotal = count("precincts_total", false);
  const ballotsCast = count("ballots_cast", false);
  if (precinctsReporting !== undefined) row.precinctsReporting = precinctsReporting;
  if (precinctsTotal !== undefined) row.precinctsTotal = precinctsTotal;
  if (ballotsCast !== undefined) row.ballotsCast = ballotsCast;
  if (precinctsReporting !== undefined && precinctsTotal !== undefined && precinctsReporting > precinctsTotal) {
    problems.push({ line, column: "precincts_reporting", message: `${precinctsReporting} is more than the ${precinctsTotal} precincts in precincts_total` });
  }
  return { row, problems };
}

export const importOptionsSchema = z.object({
  dryRun: queryFlag.optional().default(false),
  /** Lower counts are accepted only in a file sent as a correction, and are marked as corrections. */
  correction: queryFlag.optional().default(false),
});

export type ImportOptions = z.infer<typeof importOptionsSchema>;
