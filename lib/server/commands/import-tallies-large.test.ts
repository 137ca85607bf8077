// A results file of 100,000 rows (20,000 units × 5 candidates), streamed line by line, applied in
// one transaction. Time and memory are printed, not asserted: they depend on the machine. (Memory is
// sampled between rows; the check and the SQLite transaction hold the event loop, so they are seen
// only in the figure taken after.)
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { importTallies } = await import("./import-tallies");

const UNITS = 20_000;
const CANDIDATES = ["ada", "bo", "cy", "di", "ed"];
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "api_key" };

beforeAll(async () => {
  const db = database.client;
  const election = await db.election.create({ data: { slug: "statewide", name: "Statewide", date: new Date("2026-11-03"), jurisdiction: "A state" } });
  const race = await db.race.create({ data: { slug: "statewide-question", electionId: election.id, office: "Statewide", seat: "Question" } });
  await db.candidate.createMany({ data: CANDIDATES.map((slug) => ({ slug, name: slug.toUpperCase() })) });
  const candidates = await db.candidate.findMany({ select: { id: true } });
  await db.candidacy.createMany({ data: candidates.map((c, ballotOrder) => ({ raceId: race.id, candidateId: c.id, ballotOrder })) });
  // One INSERT rather than createMany, which takes some 16 s for 20,000 units here.
  await db.$executeRaw`WITH RECURSIVE "n"("i") AS (SELECT 0 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < ${UNITS - 1})
    INSERT INTO "ReportingUnit" ("id", "raceId", "slug", "name", "kind", "precinctsTotal", "position", "updatedAt")
    SELECT 'unit-' || "i", ${race.id}, 'p' || "i", 'Precinct ' || "i", 'precinct', 1, "i", ${new Date().toISOString()} FROM "n"`;
}, 60_000);
afterAll(() => database.remove());

async function* resultsFile(): AsyncGenerator<string> {
  yield "race,unit,candidate,votes,precincts_reporting,ballots_cast\n";
  for (let unit = 0; unit < UNITS; unit++) {
    for (const [index, candidate] of CANDIDATES.entries()) yield `statewide-question,p${unit},${candidate},${(unit % 400) + index * 7},1,5000\n`;
  }
}

test("100,000 rows stream in and apply in one transaction; the same file again changes nothing", async () => {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let peak = { rss: 0, heapUsed: 0 };
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, rss), heapUsed: Math.max(peak.heapUsed, heapUsed) };
  }, 50);
  const heapBefore = process.memoryUsage().heapUsed;
  const report = await importTallies(staff, resultsFile(), {});
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `import of 100,000 rows: ${seconds.toFixed(1)} s; rss +${mb(process.memoryUsage().rss - rssBefore)} after the transaction, ` +
      `at most +${mb(peak.rss - rssBefore)} rss and +${mb(peak.heapUsed - heapBefore)} heap while the file streamed in`,
  );

  expect(report).toMatchObject({ rows: 100_000, units: UNITS, changedUnits: UNITS, problemCount: 0 });
  const db = database.client;
  const nonZero = CANDIDATES.length * UNITS - UNITS / 400; // the first candidate of every 400th unit stays at 0
  expect(report.tallyChanges).toBe(nonZero);
  expect(await db.tallyChange.count({ where: { batchId: report.batchId! } })).toBe(nonZero);
  expect(await db.tally.count()).toBe(nonZero);
  expect(await db.reportingUnit.count({ where: { version: 1, precinctsReporting: 1, ballotsCast: 5000, lastBatchId: report.batchId } })).toBe(UNITS);
  expect((await db.race.findFirstOrThrow()).version).toBe(1);
  expect(await db.auditEvent.count({ where: { action: "tally.imported" } })).toBe(1);

  const again = performance.now();
  expect(await importTallies(staff, resultsFile(), {})).toMatchObject({ rows: 100_000, changedUnits: 0, batchId: null });
  console.log(`re-import of the same 100,000 rows: ${((performance.now() - again) / 1000).toFixed(1)} s`);
}, 60_000);
