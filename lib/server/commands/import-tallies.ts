import "server-only";
// `POST /api/v1/import` and the desk's import page: a CSV of absolute counts for many units at
// once, checked row by row and unit by unit with the desk's own rules, then written all or nothing.
//
// The file is read as it streams in and reduced to one small record per unit and candidate, so a
// 100,000-row file never sits in memory as rows. A file with any problem writes nothing and lists
// every problem with its line; a file that matches the desk exactly writes nothing at all.
import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { csvRecordBatches } from "@/lib/domain/csv-tallies-records";
import { importOptionsSchema, isBlankRecord, quoteValue, readHeader, readTallyRow, type ImportHeader, type ImportProblem, type TallyRow } from "@/lib/domain/csv-tallies";
import type { NameMiss } from "@/lib/domain/csv-tallies-names";
import { addImportedRow, checkImportedUnit, importedUnit, type ImportedUnit } from "@/lib/domain/csv-tallies-units";
import type { UnitState } from "@/lib/domain/unit-tally";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { currentVersions, loadRaceDirectory, loadRaceSetUp, loadTallies, type ImportUnit, type RaceSetUp } from "@/lib/server/commands/import-tallies-load";
import { importWrite, type ImportedChange, type UnitGuard } from "@/lib/server/commands/import-tallies-write";
import { CommandError } from "@/lib/server/errors";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { sqlTimestamp } from "@/lib/server/sql-dialect";

/** Rows between pauses that let the server answer other requests while a large file is read. */
const ROWS_PER_TURN = 2_000;

/** Enough to fix a file by; a file that is wrong on every line still gets an exact problemCount. */
export const MAX_LISTED_PROBLEMS = 10_000;

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

class ProblemList {
  private readonly listed: ImportProblem[] = [];
  count = 0;

  add(problems: readonly ImportProblem[]): void {
    this.count += problems.length;
    for (const problem of problems) if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }

  byLine(): ImportProblem[] {
    return [...this.listed].sort((a, b) => a.line - b.line);
  }
}

interface SheetUnit {
  race: RaceSetUp;
  unit: ImportUnit;
  imported: ImportedUnit;
}

interface Sheet {
  rows: number;
  units: Map<string, SheetUnit>;
}

function lookupProblem(row: TallyRow, column: "race" | "unit" | "candidate", lookup: NameMiss, where: string): ImportProblem {
  const what = { race: "race", unit: "reporting unit", candidate: "candidate" }[column];
  const message =
    lookup.problem === "ambiguous"
      ? `${quoteValue(row[column])} is the name of ${lookup.matches} ${what}s${where}; use the slug`
      : `${quoteValue(row[column])} is not a ${what}${where}${column === "race" ? ' (use its slug, or its name as "Office, Seat")' : ""}`;
  return { line: row.line, column, message };
}

async function readSheet(csv: string | AsyncIterable<string>, problems: ProblemList): Promise<Sheet> {
  const directory = await loadRaceDirectory();
  const setUps = new Map<string, RaceSetUp>();
  const sheet: Sheet = { rows: 0, units: new Map() };
  let header: ImportHeader | null = null;

  for await (const records of csvRecordBatches(csv)) {
    for (const record of records) {
      if (isBlankRecord(record)) continue;
      if (!header) {
        const read = readHeader(record);
        // Without a header the rows cannot be read; stop reading the upload.
        if ("problems" in read) {
          problems.add(read.problems);
          return sheet;
        }
        header = read.header;
        continue;
      }
      sheet.rows += 1;
      if (sheet.rows % ROWS_PER_TURN === 0) await nextTurn();
      const { row, problems: rowProblems } = readTallyRow(record, header);
      problems.add(rowProblems);
      if (!row || row.race === "") continue;

      const raceLookup = directory.find(row.race);
      if ("problem" in raceLookup) {
        problems.add([lookupProblem(row, "race", raceLookup, " on the desk")]);
        continue;
      }
      const raceId = raceLookup.found.id;
      let race = setUps.get(raceId);
      if (!race) setUps.set(raceId, (race = await loadRaceSetUp(raceId)));
      const unitLookup = row.unit === "" ? null : race.units.find(row.unit);
      const candidateLookup = row.candidate === "" ? null : race.candidates.find(row.candidate);
      if (unitLookup && "problem" in unitLookup) problems.add([lookupProblem(row, "unit", unitLookup, ` of ${race.slug}`)]);
      if (candidateLookup && "problem" in candidateLookup) problems.add([lookupProblem(row, "candidate", candidateLookup, ` in ${race.slug}`)]);
      if (rowProblems.length > 0 || !unitLookup || !candidateLookup || "problem" in unitLookup || "problem" in candidateLookup) continue;

      const unit = unitLookup.found;
      let entry = sheet.units.get(unit.id);
      if (!entry) sheet.units.set(unit.id, (entry = { race, unit, imported: importedUnit(row.line) }));
      problems.add(addImportedRow(entry.imported, candidateLookup.found.slug, row));
    }
  }
  if (!header) problems.add([{ line: 1, message: "The file is empty: it needs a header row (race, unit, candidate, votes) and then one row per unit and candidate." }]);
  return sheet;
}

interface SheetVerdict {
  guard: UnitGuard[];
  changes: ImportedChange[];
  changedRaceIds: Set<string>;
}

async function checkSheet(sheet: Sheet, correction: boolean, problems: ProblemList): Promise<SheetVerdict> {
  const raceIds = [...new Set([...sheet.units.values()].map((entry) => entry.race.id))];
  const tallies = await loadTallies(raceIds, new Set(sheet.units.keys()));
  const verdict: SheetVerdict = { guard: [], changes: [], changedRaceIds: new Set() };
  for (const { race, unit, imported } of sheet.units.values()) {
    const votes = tallies.get(unit.id);
    const current: UnitState = {
      seats: race.seats,
      precinctsTotal: unit.precinctsTotal,
      precinctsReporting: unit.precinctsReporting,
      ballotsCast: unit.ballotsCast,
      votes: Object.fromEntries(race.candidateList.map((c) => [c.slug, votes?.get(c.candidacyId) ?? 0])),
    };
    const checked = checkImportedUnit(unit.name, current, imported, correction);
    if (!checked.ok) {
      problems.add(checked.problems);
      continue;
    }
    const { changed, precinctsReporting, ballotsCast } = checked;
    verdict.guard.push({ unitId: unit.id, version: unit.version, changed, precinctsReporting, ballotsCast });
    if (!changed) continue;
    verdict.changedRaceIds.add(race.id);
    for (const { candidate, before, after } of checked.changes) {
      const candidacyId = race.candidateList.find((c) => c.slug === candidate)!.candidacyId;
      verdict.changes.push({ raceId: race.id, unitId: unit.id, candidacyId, before, after });
    }
  }
  return verdict;
}

async function versionConflict(sheet: Sheet, guard: UnitGuard[]): Promise<CommandError> {
  const now = await currentVersions([...new Set([...sheet.units.values()].map((entry) => entry.race.id))]);
  const moved = guard
    .filter((g) => now.get(g.unitId) !== g.version)
    .map((g) => {
      const { race, unit } = sheet.units.get(g.unitId)!;
      return { race: race.slug, unit: unit.slug, name: unit.name, checkedVersion: g.version, version: now.get(g.unitId) ?? null };
    });
  const names = moved.slice(0, 5).map((m) => m.name).join(", ") + (moved.length > 5 ? ", …" : "");
  return new CommandError(
    409,
    "version_conflict",
    `${moved.length === 1 ? "A unit in the file was" : `${moved.length} units in the file were`} saved by someone else while it was being checked (${names}). Nothing was imported; check the file again.`,
    { units: moved },
  );
}

/**
 * Checks a tally file and, unless it is a dry run, applies it in one transaction. A file with any
 * problem is refused (422 `import_refused`, every problem listed) in both modes.
 */
export async function importTallies(actor: Actor | null, csv: string | AsyncIterable<string>, rawOptions: unknown = {}): Promise<ImportReport> {
  const who = authorize(actor, "tally:import");
  const options = parseInput(importOptionsSchema, rawOptions);
  const problems = new ProblemList();
  const sheet = await readSheet(csv, problems);
  const verdict = await checkSheet(sheet, options.correction, problems);

  const changedUnits = verdict.guard.filter((g) => g.changed).length;
  const report: ImportReport = {
    dryRun: options.dryRun,
    correction: options.correction,
    rows: sheet.rows,
    units: sheet.units.size,
    changedUnits,
    tallyChanges: verdict.changes.length,
    problems: [],
    problemCount: problems.count,
    batchId: null,
  };
  if (problems.count > 0) {
    const listed = problems.byLine();
    const more = problems.count > listed.length ? ` (the first ${listed.length} are listed)` : "";
    throw new CommandError(
      422,
      "import_refused",
      `The file has ${problems.count === 1 ? "1 problem" : `${problems.count.toLocaleString("en-US")} problems`}${more}; nothing was imported.`,
      { ...report, changedUnits: 0, tallyChanges: 0, problems: listed },
    );
  }
  if (options.dryRun || changedUnits === 0) return report;

  const batchId = randomUUID();
  const changedRaces = [...new Map([...sheet.units.values()].filter((e) => verdict.changedRaceIds.has(e.race.id)).map((e) => [e.race.id, e.race])).values()];
  const detail = {
    batchId,
    source: "csv",
    correction: options.correction,
    rows: report.rows,
    units: report.units,
    changedUnits,
    tallyChanges: report.tallyChanges,
    races: changedRaces.map((race) => race.slug),
    via: who.via,
  };
  const { won } = await runGuardedWrite(() =>
    importWrite({
      batchId,
      at: sqlTimestamp(new Date()),
      actor: who,
      correction: options.correction,
      guard: verdict.guard,
      changes: verdict.changes,
      races: changedRaces.map((race) => ({ id: race.id, slug: race.slug, electionSlug: race.electionSlug })),
      audit: { action: options.correction ? "tally.import_corrected" : "tally.imported", detail },
    }),
  );
  if (!won) throw await versionConflict(sheet, verdict.guard);
  return { ...report, batchId };
}
