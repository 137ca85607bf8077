// Integration tests of the undo and the unit history against a real database: an undo restores the
// counts before the last save as a new, audited save; a stale version or a unit with nothing to
// revert is refused and changes nothing.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { writeUnitTally, currentUnit } = await import("./write-unit-tally");
const { undoLastUnitSave } = await import("./undo-unit-save");
const { getUnitHistory } = await import("@/lib/server/queries/unit-history");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const other: Actor = { userId: "user-other", name: "Ola Other", email: "other@example.org", role: "staff", via: "api_key" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017]));
afterAll(() => database.remove());

test("an undo writes back the counts before the last save, as a new audited save that bumps the version", async () => {
  const start = await currentUnit(DISTRICT_5, "dekalb");
  const saved = await writeUnitTally(staff, DISTRICT_5, "dekalb", {
    version: start.version,
    precinctsReporting: start.precinctsReporting,
    ballotsCast: 3000,
    votes: { "natalyn-archibong": start.votes["natalyn-archibong"]! + 40, "liliana-bakhtiari": start.votes["liliana-bakhtiari"]! + 2 },
  });

  const outboxBefore = await database.client.outboxEvent.count();
  const { unit, race, reverted } = await undoLastUnitSave(other, DISTRICT_5, "dekalb", { expectedVersion: saved.unit.version });
  expect(reverted.by).toBe("Sam Staff");
  expect(unit.version).toBe(saved.unit.version + 1);
  expect(unit.votes).toEqual(start.votes);
  expect(unit.ballotsCast).toBe(start.ballotsCast);
  expect(await currentUnit(DISTRICT_5, "dekalb")).toEqual(unit);
  expect(race.version).toBe(saved.race.version + 1);

  const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "tally.undone" } });
  expect(audit.actorLabel).toBe("Ola Other");
  expect(JSON.parse(audit.detail)).toMatchObject({ reverts: { by: "Sam Staff", batchId: reverted.batchId }, correction: true, version: unit.version });
  // Like any save, the count change is announced to the alerts' outbox.
  expect(await database.client.outboxEvent.count()).toBeGreaterThan(outboxBefore);
});

test("the unit's history lists each save newest first: who, from → to, and the undo naming the save it reverted", async () => {
  const { saves, lastSave, unit } = await getUnitHistory(staff, DISTRICT_5, "dekalb");
  const [undo, save] = saves;
  expect(lastSave).toEqual(undo);
  expect(undo).toMatchObject({ kind: "undo", by: "Ola Other", version: unit.version, undoes: { by: "Sam Staff", batchId: save!.batchId } });
  expect(undo!.label).toMatch(/^Undo of Sam Staff's save at /);
  expect(save).toMatchObject({
    kind: "hand",
    label: "Desk entry",
    by: "Sam Staff",
    votes: [
      { candidate: "natalyn-archibong", name: "Natalyn Archibong", before: 1598, after: 1638 },
      { candidate: "liliana-bakhtiari", name: "Liliana Bakhtiari", before: 1197, after: 1199 },
    ],
    ballotsCast: { after: 3000 },
  });
  expect(undo!.votes.map((v) => [v.before, v.after])).toEqual([[1638, 1598], [1199, 1197]]);
});

test("undoing an undo brings the save back (it is a save like any other)", async () => {
  const current = await currentUnit(DISTRICT_5, "dekalb");
  const { unit } = await undoLastUnitSave(staff, DISTRICT_5, "dekalb", { expectedVersion: current.version });
  expect(unit.votes).toEqual({ "natalyn-archibong": 1638, "liliana-bakhtiari": 1199 });
});

test("an undo from a stale version is a 409 with the unit as it is now, and changes nothing", async () => {
  const current = await currentUnit(DISTRICT_5, "dekalb");
  const dump = databaseDump(database.url);
  const error = await refusal(undoLastUnitSave(staff, DISTRICT_5, "dekalb", { expectedVersion: current.version - 1 }), "version_conflict");
  expect(error.status).toBe(409);
  expect(error.details).toEqual({ current });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a unit nobody has saved has nothing to undo: 422, and nothing changes", async () => {
  await database.client.race.create({
    data: {
      slug: "fresh-race",
      electionId: (await database.client.election.findFirstOrThrow()).id,
      office: "Fresh",
      seat: "Race",
      candidacies: { create: [{ candidateId: (await database.client.candidate.findFirstOrThrow()).id }] },
      units: { create: [{ slug: "only", name: "Only Unit", precinctsTotal: 3 }] },
    },
  });
  const dump = databaseDump(database.url);
  const error = await refusal(undoLastUnitSave(staff, "fresh-race", "only", { expectedVersion: 0 }), "nothing_to_undo");
  expect(error.status).toBe(422);
  expect(error.message).toBe("Nothing to undo for Only Unit: it has not been saved.");
  expect(databaseDump(database.url)).toEqual(dump);
  expect((await getUnitHistory(staff, "fresh-race", "only")).saves).toEqual([]);
});

test("a save that moved only precincts is undone too: precincts go back", async () => {
  const start = await currentUnit(DISTRICT_5, "fulton");
  await database.client.reportingUnit.update({ where: { raceId_slug: { raceId: (await database.client.race.findFirstOrThrow()).id, slug: "fulton" } }, data: { precinctsReporting: 10 } });
  const before = await currentUnit(DISTRICT_5, "fulton");
  const saved = await writeUnitTally(staff, DISTRICT_5, "fulton", { version: before.version, precinctsReporting: 15, votes: {} });
  const [save] = (await getUnitHistory(staff, DISTRICT_5, "fulton")).saves;
  expect(save).toMatchObject({ votes: [], precinctsReporting: { before: 10, after: 15 } });
  const { unit } = await undoLastUnitSave(staff, DISTRICT_5, "fulton", { expectedVersion: saved.unit.version });
  expect([unit.precinctsReporting, unit.votes]).toEqual([10, start.votes]);
});

test("readers and the anonymous may not undo or read a unit's history", async () => {
  expect((await refusal(undoLastUnitSave(null, DISTRICT_5, "dekalb", { expectedVersion: 1 }))).status).toBe(401);
  expect((await refusal(getUnitHistory(null, DISTRICT_5, "dekalb"))).status).toBe(401);
  expect((await refusal(undoLastUnitSave(staff, DISTRICT_5, "dekalb", { expectedVersion: "1" }), "malformed")).status).toBe(400);
  expect((await refusal(getUnitHistory(staff, DISTRICT_5, "cobb"))).status).toBe(404);
});
