// Integration tests of the tally write against a real SQLite file: the version check, history and
// audit, refusals that change nothing, and concurrent writers.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase, runSql } from "@/lib/testing/test-database";
import { testDatabaseProvider } from "@/lib/testing/test-env";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { writeUnitTally, currentUnit } = await import("./write-unit-tally");
const { malformed } = await import("@/lib/server/errors");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const onPostgresql = testDatabaseProvider() === "postgresql";
const failAuditInserts = onPostgresql
  ? `CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql;
     CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_audit();`
  : `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'audit refused'); END;`;
const allowAuditInserts = onPostgresql ? `DROP TRIGGER refuse_audit ON "AuditEvent"; DROP FUNCTION refuse_audit();` : `DROP TRIGGER refuse_audit;`;
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

test("an accepted write moves the count, bumps the version, and records history and audit", async () => {
  const before = await currentUnit(DISTRICT_5, "dekalb");
  const { unit, race, changed } = await writeUnitTally(staff, DISTRICT_5, "dekalb", {
    version: before.version,
    votes: { "liliana-bakhtiari": 1300 },
    ballotsCast: 2950,
  });
  expect(changed).toBe(true);
  expect(unit).toMatchObject({ version: before.version + 1, ballotsCast: 2950, votes: { "natalyn-archibong": 1598, "liliana-bakhtiari": 1300 } });
  expect(race.margin!.votes).toBe(149);

  const history = await database.client.tallyChange.findMany({ where: { source: "manual" } });
  expect(history.map(({ before, after, actorLabel, correction }) => ({ before, after, actorLabel, correction }))).toEqual([
    { before: 1197, after: 1300, actorLabel: "Sam Staff", correction: false },
  ]);
  const audit = await database.client.auditEvent.findMany({ where: { action: "tally.written" } });
  expect(audit).toHaveLength(1);
  expect(JSON.parse(audit[0]!.detail)).toMatchObject({ changes: [{ candidate: "liliana-bakhtiari", before: 1197, after: 1300 }] });
});

test("the write's answer is the race exactly as a fresh read shows it (it is built without one)", async () => {
  const { getRaceResult } = await import("@/lib/server/queries/races");
  const before = await currentUnit(DISTRICT_5, "fulton");
  const { race } = await writeUnitTally(staff, DISTRICT_5, "fulton", { version: before.version, votes: { "natalyn-archibong": before.votes["natalyn-archibong"]! + 7 } });
  expect(race).toEqual(await getRaceResult(DISTRICT_5));
});

test("a stale version is a 409 carrying the current unit, and writes nothing", async () => {
  const current = await currentUnit(DISTRICT_5, "dekalb");
  const dump = databaseDump(database.url);
  const error = await refusal(writeUnitTally(staff, DISTRICT_5, "dekalb", { version: current.version - 1, votes: { "natalyn-archibong": 9000 } }), "version_conflict");
  expect(error.status).toBe(409);
  expect(error.details).toEqual({ current });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a lower count needs the correction flag, and is marked as a correction in the history", async () => {
  const current = await currentUnit(DISTRICT_5, "dekalb");
  const error = await refusal(writeUnitTally(staff, DISTRICT_5, "dekalb", { version: current.version, votes: { "liliana-bakhtiari": 1197 } }), "invalid");
  expect(error.status).toBe(422);
  expect(error.details.fields).toEqual({ "votes.liliana-bakhtiari": "is lower than the current count (1,300); send it as a correction" });

  await writeUnitTally(staff, DISTRICT_5, "dekalb", { version: current.version, votes: { "liliana-bakhtiari": 1197 }, correction: true, note: "Double-counted batch" });
  const last = await database.client.tallyChange.findFirstOrThrow({ where: { source: "manual" }, orderBy: { createdAt: "desc" } });
  expect([last.before, last.after, last.correction, last.note]).toEqual([1300, 1197, true, "Double-counted batch"]);
});

test("sending the numbers already there is accepted and changes nothing", async () => {
  const current = await currentUnit(DISTRICT_5, "fulton");
  const dump = databaseDump(database.url);
  const { changed, unit } = await writeUnitTally(staff, DISTRICT_5, "fulton", { version: current.version, votes: current.votes });
  expect(changed).toBe(false);
  expect(unit.version).toBe(current.version);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("unknown races and units are 404s", async () => {
  expect((await refusal(writeUnitTally(staff, "no-race", "fulton", { version: 0, votes: {} }))).message).toBe('Race "no-race" was not found.');
  expect((await refusal(writeUnitTally(staff, DISTRICT_5, "cobb", { version: 0, votes: {} }))).status).toBe(404);
});

test("20 writers with the same version on one unit: exactly one wins, nineteen get 409, nothing lost or doubled", async () => {
  const start = await currentUnit(DISTRICT_5, "fulton");
  const changesBefore = await database.client.tallyChange.count();
  const outcomes = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) =>
      writeUnitTally(staff, DISTRICT_5, "fulton", { version: start.version, votes: { "natalyn-archibong": start.votes["natalyn-archibong"]! + i + 1 } }),
    ),
  );
  const won = outcomes.filter((o) => o.status === "fulfilled");
  const conflicts = outcomes.filter((o) => o.status === "rejected" && (o.reason as { status?: number }).status === 409);
  expect([won.length, conflicts.length]).toEqual([1, 19]);

  const end = await currentUnit(DISTRICT_5, "fulton");
  const winner = (won[0] as PromiseFulfilledResult<{ unit: { votes: Record<string, number> } }>).value.unit;
  expect(end.version).toBe(start.version + 1);
  expect(end.votes).toEqual(winner.votes);
  expect(await database.client.tallyChange.count()).toBe(changesBefore + 1);
});

test("20 writers on 20 different units at once all succeed", async () => {
  const race = await database.client.race.create({
    data: {
      slug: "wide-race",
      electionId: (await database.client.election.findFirstOrThrow()).id,
      office: "Wide",
      seat: "Race",
      candidacies: { create: [{ candidateId: (await database.client.candidate.findFirstOrThrow()).id }] },
      units: { create: Array.from({ length: 20 }, (_, i) => ({ slug: `u${i}`, name: `Unit ${i}`, precinctsTotal: 5, position: i })) },
    },
    select: { candidacies: { select: { candidate: { select: { slug: true } } } } },
  });
  const candidate = race.candidacies[0]!.candidate.slug;
  const outcomes = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) => writeUnitTally(staff, "wide-race", `u${i}`, { version: 0, precinctsReporting: 5, votes: { [candidate]: 100 + i } })),
  );
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(20);
  const totals = await database.client.tally.aggregate({ where: { unit: { race: { slug: "wide-race" } } }, _sum: { votes: true } });
  expect(totals._sum.votes).toBe(20 * 100 + 190);
  expect(await database.client.tallyChange.count({ where: { race: { slug: "wide-race" } } })).toBe(20);
});

test("anonymous writers are 401 and nothing is written", async () => {
  const error = await refusal(writeUnitTally(null, DISTRICT_5, "fulton", { version: 0, votes: {} }));
  expect([error.status, error.code]).toEqual([401, "unauthenticated"]);
});

test.each([
  ["an unreadable body", "UNREADABLE", 400],
  ["a string version", { version: "1", votes: {} }, 400],
  ["votes as a list", { version: 1, votes: [1] }, 400],
  ["an unknown field", { version: 1, votes: {}, winner: "x" }, 400],
  ["a missing version", { votes: {} }, 400],
  ["a negative count", { version: "CURRENT", votes: { "natalyn-archibong": -1 } }, 422],
  ["a fractional count", { version: "CURRENT", votes: { "natalyn-archibong": 0.5 } }, 422],
  ["an absurd count", { version: "CURRENT", votes: { "natalyn-archibong": 1e12 } }, 422],
  ["an unknown candidate", { version: "CURRENT", votes: { "jane-doe": 1 } }, 422],
  ["precincts above the total", { version: "CURRENT", precinctsReporting: 99, votes: {} }, 422],
  ["votes above ballots cast", { version: "CURRENT", ballotsCast: 1, votes: {} }, 422],
  ["a stale version", { version: 0, votes: { "natalyn-archibong": 99999 } }, 409],
])("a write with %s is refused (%#) and the database is byte-for-byte unchanged", async (_what, body, status) => {
  const { UnreadableBody } = await import("@/lib/server/request-body");
  const current = await currentUnit(DISTRICT_5, "fulton");
  const input =
    body === "UNREADABLE"
      ? new UnreadableBody(malformed("The request body is not valid JSON."))
      : JSON.parse(JSON.stringify(body).replace('"CURRENT"', String(current.version)));
  const dump = databaseDump(database.url);
  expect((await refusal(writeUnitTally(staff, DISTRICT_5, "fulton", input))).status).toBe(status);
  expect(databaseDump(database.url)).toEqual(dump);
});

// Guards issue 11: votes keys that Object.prototype also has used to answer 500 (an `in` check
// found `constructor`), and JSON's own `__proto__` key was dropped unseen. Each is an unknown
// candidate: 422 naming it, and not a byte written.
test.each(['{"constructor": 5}', '{"__proto__": 1}', '{"toString": 1}', '{"natalyn-archibong": 99999, "valueOf": 1}'])(
  "votes %s are a 422 naming the unknown candidate, and the database is byte-for-byte unchanged",
  async (votes) => {
    const current = await currentUnit(DISTRICT_5, "fulton");
    const input: unknown = JSON.parse(`{"version": ${current.version}, "votes": ${votes}}`);
    const unknown = Object.keys(JSON.parse(votes) as object).find((key) => key !== "natalyn-archibong")!;
    const dump = databaseDump(database.url);
    const error = await refusal(writeUnitTally(staff, DISTRICT_5, "fulton", input), "invalid");
    expect(error.status).toBe(422);
    expect(error.details.fields).toEqual({ [`votes.${unknown}`]: `"${unknown}" is not a candidate in this race` });
    expect(error.message).toBe(`votes.${unknown} "${unknown}" is not a candidate in this race`);
    expect(databaseDump(database.url)).toEqual(dump);
  },
);

test("a batch that fails half-way changes nothing: no count, no history, no version", async () => {
  const before = await currentUnit("demo-county-sheriff", "district-3");
  const dump = databaseDump(database.url);
  // The audit row is the batch's fifth statement, after the count, its history and the race's version.
  runSql(database.url, failAuditInserts);
  try {
    await expect(writeUnitTally(staff, "demo-county-sheriff", "district-3", { version: before.version, votes: { "marcus-bell": before.votes["marcus-bell"]! + 10 } })).rejects.toThrow(/audit refused/);
  } finally {
    runSql(database.url, allowAuditInserts);
  }
  expect(databaseDump(database.url)).toEqual(dump);
  expect(await currentUnit("demo-county-sheriff", "district-3")).toEqual(before);
});
