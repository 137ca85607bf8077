// Integration tests of adding and withdrawing a race's candidates after set-up, against a real
// database: who may, what the race shows afterwards, what the history keeps, and the call guard's
// refusal of a withdrawn winner.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { addRaceCandidate, withdrawCandidate } = await import("./race-candidates");
const { callRace } = await import("./call-race");
const { writeUnitTally, currentUnit } = await import("./write-unit-tally");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const editor: Actor = { userId: "user-editor", name: "Erin Editor", email: "editor@example.org", role: "editor", via: "session" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017]));
afterAll(() => database.remove());

test("staff may not add or withdraw candidates: 403, and nothing changes", async () => {
  const dump = databaseDump(database.url);
  expect((await refusal(addRaceCandidate(staff, DISTRICT_5, { name: "Kim Nguyen" }), "forbidden")).status).toBe(403);
  expect((await refusal(withdrawCandidate(staff, DISTRICT_5, "liliana-bakhtiari", {}), "forbidden")).status).toBe(403);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a candidate added after set-up goes last on the ballot at 0 in every unit, and the race's history says who added them", async () => {
  const before = await currentUnit(DISTRICT_5, "fulton");
  const race = await addRaceCandidate(editor, DISTRICT_5, { name: "Kim Nguyen", party: "Independent" });
  const kim = race.candidates.find((c) => c.slug === "kim-nguyen")!;
  expect(kim).toMatchObject({ name: "Kim Nguyen", party: "Independent", votes: 0, withdrawn: false, ballotOrder: 2 });
  expect(race.units.map((u) => u.votes["kim-nguyen"])).toEqual([0, 0]);
  expect(race.version).toBeGreaterThan(0);
  // A desk save names the new candidate like any other; the unit's version did not move under the desk.
  const after = await currentUnit(DISTRICT_5, "fulton");
  expect(after.version).toBe(before.version);
  await writeUnitTally(staff, DISTRICT_5, "fulton", { version: after.version, votes: { "kim-nguyen": 30 } });

  const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "candidacy.added" } });
  expect([audit.actorLabel, JSON.parse(audit.detail)]).toEqual(["Erin Editor", expect.objectContaining({ candidate: "kim-nguyen", returning: false })]);
});

test("a candidate already in the race is refused with 409; an existing profile joins the race as the same person", async () => {
  expect((await refusal(addRaceCandidate(editor, DISTRICT_5, { name: "Kim Nguyen" }), "slug_taken")).status).toBe(409);
  await database.client.candidate.create({ data: { slug: "ceasar-mitchell", name: "Ceasar C. Mitchell" } });
  const race = await addRaceCandidate(editor, DISTRICT_5, { name: "Ceasar Mitchell", slug: "ceasar-mitchell" });
  expect(race.candidates.find((c) => c.slug === "ceasar-mitchell")!.name).toBe("Ceasar C. Mitchell");
  expect(await database.client.candidate.count({ where: { slug: "ceasar-mitchell" } })).toBe(1);
});

test("a withdrawn candidate keeps their votes, is listed last, and is never leading", async () => {
  const race = await withdrawCandidate(editor, DISTRICT_5, "natalyn-archibong", { note: "Withdrew on the night" });
  expect(race.candidates.at(-1)).toMatchObject({ slug: "natalyn-archibong", withdrawn: true, votes: 5010, status: null, rank: 1 });
  expect(race.candidates[0]).toMatchObject({ slug: "liliana-bakhtiari", withdrawn: false });
  const candidacy = await database.client.candidacy.findFirstOrThrow({ where: { candidate: { slug: "natalyn-archibong" } } });
  expect(candidacy.withdrawnNote).toBe("Withdrew on the night");
  const audit = await database.client.auditEvent.findFirstOrThrow({ where: { action: "candidacy.withdrawn" } });
  expect(JSON.parse(audit.detail)).toMatchObject({ candidate: "natalyn-archibong", note: "Withdrew on the night" });
  expect((await refusal(withdrawCandidate(editor, DISTRICT_5, "natalyn-archibong", {}), "invalid")).message).toBe("Natalyn Archibong has already withdrawn from this race.");
  expect((await refusal(withdrawCandidate(editor, DISTRICT_5, "nobody", {}), "not_found")).status).toBe(404);
});

test("a withdrawn candidate cannot be called the winner, whatever is acknowledged", async () => {
  const dump = databaseDump(database.url);
  const error = await refusal(
    callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"], acknowledge: ["winner_not_leading", "margin_in_recount_band"] }),
    "call_refused",
  );
  expect(error.details.refusals.map((r) => r.code)).toContain("withdrawn_candidate");
  expect(error.message).toContain("Natalyn Archibong has withdrawn from this race");
  expect(databaseDump(database.url)).toEqual(dump);
});

test("the margin readers see is between the candidates still running", async () => {
  const { getRaceResult } = await import("@/lib/server/queries/races");
  const race = (await getRaceResult(DISTRICT_5))!;
  const [first, second] = race.candidates;
  expect(race.margin!.votes).toBe(first!.votes - second!.votes);
});
