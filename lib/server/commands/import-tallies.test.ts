// Integration tests of the tally import against a real SQLite file: dry runs and refusals that
// change nothing, an applied file with its history and audit, re-imports, corrections, and a unit
// saved by someone else while the file was being checked.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { importTallies } = await import("./import-tallies");
const { writeUnitTally, currentUnit } = await import("./write-unit-tally");

const D5 = "atlanta-2017-council-district-5";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "api_key" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

// Demo state: Fulton 22/22 precincts, Archibong 3,412, Bakhtiari 3,561; DeKalb 9/9, 1,598 and 1,197.
const LATE_BATCH = csv(
  "race,unit,candidate,votes,precincts_reporting,precincts_total,ballots_cast",
  `${D5},fulton,natalyn-archibong,3450,22,22,7100`,
  `${D5},fulton,liliana-bakhtiari,3600,22,22,7100`,
  `${D5},dekalb,natalyn-archibong,1598,,,`,
  `"Atlanta City Council, District 5",DeKalb County,Liliana Bakhtiari,"1,210",,9,`,
);

test("the example file in docs/ matches the demo data: checking it finds nothing to change", async () => {
  const report = await importTallies(staff, readFileSync("docs/example-import.csv", "utf8"), { dryRun: true });
  expect(report).toMatchObject({ rows: 4, units: 2, changedUnits: 0, problemCount: 0 });
});

test("a dry run reports what would change and writes nothing", async () => {
  const dump = databaseDump(database.url);
  const report = await importTallies(staff, LATE_BATCH, { dryRun: "1" });
  expect(report).toEqual({
    dryRun: true,
    correction: false,
    rows: 4,
    units: 2,
    changedUnits: 2,
    tallyChanges: 3,
    problems: [],
    problemCount: 0,
    batchId: null,
  });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("every problem of a file is listed with its line and column, and nothing is written", async () => {
  const dump = databaseDump(database.url);
  const file = csv(
    "Race,Unit,Candidate,Votes,Precincts Reporting,Precincts Total,Ballots Cast",
    `${D5},fulton,natalyn-archibong,3500,,,`,
    `${D5},fulton,natalyn-archibong,3501,,,`,
    `${D5},fulton,liliana-bakhtiari,lots,,,`,
    `${D5},cobb,liliana-bakhtiari,10,,,`,
    `${D5},dekalb,someone-else,10,,,`,
    `no-such-race,fulton,x,1,,,`,
    `${D5},dekalb,natalyn-archibong,1600,12,10,`,
    `${D5},dekalb,natalyn-archibong,-3,,,`,
    `${D5},dekalb,natalyn-archibong,1.5,,,`,
    `${D5},dekalb,natalyn-archibong,99999999,,,`,
    `${D5},dekalb,liliana-bakhtiari,1100,,,`,
    `${D5},dekalb`,
    "",
    `demo-county-mayor,district-1,rosa-delgado,9500,,11,9000`,
    `demo-county-mayor,district-1,tom-whitaker,6010,,,`,
  );
  for (const dryRun of [true, false]) {
    const error = await refusal(importTallies(staff, file, { dryRun }), "import_refused");
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({ rows: 14, problemCount: 13 });
    expect(error.details.problems.map((p) => [p.line, p.column ?? null])).toEqual([
      [3, "votes"], // the same race, unit and candidate with another number
      [4, "votes"], // not a number
      [5, "unit"],
      [6, "candidate"],
      [7, "race"],
      [8, "precincts_reporting"], // more than the row's own total
      [9, "votes"], // negative
      [10, "votes"], // fractional
      [11, "votes"], // absurd
      [12, "votes"], // lower than the desk's 1,197 without correction
      [13, null], // wrong number of fields
      [15, "precincts_total"], // not the unit's 12
      [15, "ballots_cast"], // 15,510 votes for 9,000 ballots
    ]);
  }
  expect(databaseDump(database.url)).toEqual(dump);
});

test("an accepted file moves the counts, bumps each changed unit and the race once, and records history and audit", async () => {
  const [fulton, dekalb, race] = await Promise.all([
    currentUnit(D5, "fulton"),
    currentUnit(D5, "dekalb"),
    database.client.race.findUniqueOrThrow({ where: { slug: D5 }, select: { version: true } }),
  ]);
  const report = await importTallies(staff, LATE_BATCH, {});
  expect(report).toMatchObject({ dryRun: false, rows: 4, units: 2, changedUnits: 2, tallyChanges: 3, problemCount: 0 });

  expect(await currentUnit(D5, "fulton")).toMatchObject({
    version: fulton.version + 1,
    ballotsCast: 7100,
    votes: { "natalyn-archibong": 3450, "liliana-bakhtiari": 3600 },
  });
  expect(await currentUnit(D5, "dekalb")).toMatchObject({ version: dekalb.version + 1, votes: { "natalyn-archibong": 1598, "liliana-bakhtiari": 1210 } });
  expect((await database.client.race.findUniqueOrThrow({ where: { slug: D5 } })).version).toBe(race.version + 1);

  const history = await database.client.tallyChange.findMany({ where: { source: "csv" }, orderBy: { after: "asc" } });
  expect(history.map(({ before, after, correction, actorLabel, batchId }) => ({ before, after, correction, actorLabel, batchId }))).toEqual([
    { before: 1197, after: 1210, correction: false, actorLabel: "Sam Staff", batchId: report.batchId },
    { before: 3412, after: 3450, correction: false, actorLabel: "Sam Staff", batchId: report.batchId },
    { before: 3561, after: 3600, correction: false, actorLabel: "Sam Staff", batchId: report.batchId },
  ]);
  const audit = await database.client.auditEvent.findMany({ where: { action: { startsWith: "tally.import" } } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ action: "tally.imported", actorId: "user-staff", subjectType: "TallyImport", subjectId: report.batchId });
  expect(JSON.parse(audit[0]!.detail)).toMatchObject({ source: "csv", rows: 4, changedUnits: 2, tallyChanges: 3, races: [D5], via: "api_key" });
});

test("importing the same file again changes nothing at all", async () => {
  const dump = databaseDump(database.url);
  const report = await importTallies(staff, LATE_BATCH, {});
  expect(report).toMatchObject({ rows: 4, units: 2, changedUnits: 0, tallyChanges: 0, batchId: null });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("one bad row among good ones writes nothing and names its line", async () => {
  const dump = databaseDump(database.url);
  const file = csv(
    "race,unit,candidate,votes",
    `${D5},fulton,natalyn-archibong,3460`,
    `${D5},fulton,liliana-bakhtiari,3610`,
    `${D5},dekalb,natalyn-archbong,1700`,
    `${D5},dekalb,liliana-bakhtiari,1300`,
  );
  const error = await refusal(importTallies(staff, file, {}), "import_refused");
  expect(error.details.problems).toEqual([
    { line: 4, column: "candidate", message: `"natalyn-archbong" is not a candidate in ${D5}` },
  ]);
  expect(error.message).toBe("The file has 1 problem; nothing was imported.");
  expect(databaseDump(database.url)).toEqual(dump);
});

// Guards issue 11: names from the file meet the desk's races, units and candidates only through
// Maps, so a name Object.prototype also has is as unknown as any other.
test("race, unit and candidate names such as constructor or __proto__ are unknown names on their line", async () => {
  const dump = databaseDump(database.url);
  const file = csv(
    "race,unit,candidate,votes",
    `${D5},fulton,constructor,3460`,
    `${D5},fulton,__proto__,3460`,
    `${D5},toString,natalyn-archibong,3460`,
    `__proto__,fulton,natalyn-archibong,3460`,
    `hasOwnProperty,fulton,natalyn-archibong,3460`,
  );
  const error = await refusal(importTallies(staff, file, {}), "import_refused");
  expect(error.status).toBe(422);
  expect(error.details.problems.map((p) => [p.line, p.column])).toEqual([
    [2, "candidate"],
    [3, "candidate"],
    [4, "unit"],
    [5, "race"],
    [6, "race"],
  ]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a lower count is refused unless the whole file is sent as a correction, and is then marked as one", async () => {
  const file = csv("race,unit,candidate,votes", `${D5},dekalb,liliana-bakhtiari,1197`);
  const dump = databaseDump(database.url);
  const error = await refusal(importTallies(staff, file, {}), "import_refused");
  expect(error.details.problems).toEqual([
    { line: 2, column: "votes", message: "1,197 is lower than the current count (1,210); import the file as a correction" },
  ]);
  expect(databaseDump(database.url)).toEqual(dump);

  const report = await importTallies(staff, file, { correction: "1" });
  expect(report).toMatchObject({ correction: true, changedUnits: 1, tallyChanges: 1 });
  const change = await database.client.tallyChange.findFirstOrThrow({ where: { batchId: report.batchId! } });
  expect([change.before, change.after, change.correction, change.source]).toEqual([1210, 1197, true, "csv"]);
  expect(await database.client.auditEvent.count({ where: { action: "tally.import_corrected", subjectId: report.batchId } })).toBe(1);
});

test("a unit saved by someone else while the file is checked makes the import a 409 that writes nothing of its own", async () => {
  const fulton = await currentUnit(D5, "fulton");
  const csvChanges = await database.client.tallyChange.count({ where: { source: "csv" } });
  async function* fileWithAWriteInTheMiddle() {
    yield csv("race,unit,candidate,votes", `${D5},fulton,natalyn-archibong,3460`, `${D5},dekalb,natalyn-archibong,1610`);
    // The race's units and versions are loaded by now: the desk saves Fulton before the import applies.
    await writeUnitTally(staff, D5, "fulton", { version: fulton.version, votes: { "liliana-bakhtiari": 3620 } });
  }
  const error = await refusal(importTallies(staff, fileWithAWriteInTheMiddle(), {}), "version_conflict");
  expect(error.status).toBe(409);
  expect(error.details).toEqual({
    units: [{ race: D5, unit: "fulton", name: "Fulton County", checkedVersion: fulton.version, version: fulton.version + 1 }],
  });

  expect(await currentUnit(D5, "fulton")).toMatchObject({ votes: { "natalyn-archibong": 3450, "liliana-bakhtiari": 3620 } });
  expect((await currentUnit(D5, "dekalb")).votes["natalyn-archibong"]).toBe(1598);
  expect(await database.client.tallyChange.count({ where: { source: "csv" } })).toBe(csvChanges);
});

test("a header without the votes column, or an empty file, is refused on line 1", async () => {
  const missing = await refusal(importTallies(staff, "race,unit,candidate\nx,y,z\n", { dryRun: true }), "import_refused");
  expect(missing.details.problems).toEqual([{ line: 1, column: "votes", message: "The header has no votes column." }]);
  const empty = await refusal(importTallies(staff, "\r\n\r\n", { dryRun: true }), "import_refused");
  expect(empty.details.problems[0]!.line).toBe(1);
});

test("malformed options are a 400, checked after who is asking", async () => {
  expect((await refusal(importTallies(staff, LATE_BATCH, { dryRun: "perhaps" }))).status).toBe(400);
});

// Guards the import's authorization: it must not rely on the desk layout or the proxy.
test("anonymous imports are 401 and the file is never read", async () => {
  let read = false;
  async function* file() {
    read = true;
    yield LATE_BATCH;
  }
  const dump = databaseDump(database.url);
  const error = await refusal(importTallies(null, file(), {}));
  expect([error.status, error.code]).toEqual([401, "unauthenticated"]);
  expect(read).toBe(false);
  expect(databaseDump(database.url)).toEqual(dump);
});
