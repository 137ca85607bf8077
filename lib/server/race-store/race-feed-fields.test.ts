// Votes by method, the expected vote and FIPS codes from the database to the JSON readers get, on a
// real database (SQLite; PostgreSQL with TEST_DATABASE_PROVIDER=postgresql): what a feed stored is
// what `GET /api/v1/races/{slug}` and the election's race list answer, in the documented shape, and
// a desk write that follows keeps the breakdown without letting it claim more than the count.
import { afterAll, beforeAll, expect, test } from "vitest";
import { votesByMethodTable } from "@/lib/domain/votes-by-method";
import type { Actor } from "@/lib/server/auth/actor";
import { OpenApiCheck } from "@/lib/testing/openapi-check";
import { createTestDatabase } from "@/lib/testing/test-database";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";

const database = createTestDatabase();
const { GET: getRaceRoute } = await import("@/app/api/v1/races/[slug]/route");
const { GET: getElectionRoute } = await import("@/app/api/v1/elections/[slug]/route");
const { openApiDocument } = await import("@/lib/server/openapi/document");
const { writeUnitTally, currentUnit } = await import("@/lib/server/commands/write-unit-tally");
const { getRaceResult } = await import("@/lib/server/queries/races");
const db = database.client;
const check = new OpenApiCheck(openApiDocument());

const MAYOR = "demo-county-mayor";
const DISTRICT_5 = "atlanta-2017-council-district-5";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };

/** GETs a public route as a client would, checks the answer against the OpenAPI document, and parses it. */
async function getJson(handler: typeof getRaceRoute, path: string, slug: string) {
  const response = await handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ slug }) });
  const body = await response.text();
  expect(check.problems({ method: "GET", path, status: response.status, contentType: response.headers.get("content-type"), body })).toEqual([]);
  return JSON.parse(body);
}

const getRace = (slug: string) => getJson(getRaceRoute, `/api/v1/races/${slug}`, slug);

beforeAll(async () => {
  await loadDemoElections(db, [atlanta2017, demoCounty]);
  // What an AP-style feed would leave on the mayor's race: the expected vote for the race and each
  // unit, FIPS codes, and District 1's votes by method, election day and mail only (no early vote
  // reported there, and no provisional ballots yet: 9,120 and 6,010 are not all placed).
  const race = await db.race.update({ where: { slug: MAYOR }, data: { expectedVotePct: 97 }, select: { id: true } });
  const units = await db.reportingUnit.findMany({ where: { raceId: race.id }, select: { id: true, slug: true } });
  const unitId = (slug: string) => units.find((u) => u.slug === slug)!.id;
  for (const [slug, fips, pct] of [["district-1", "01001", 99.5], ["district-2", "01003", 96], ["district-3", null, null]] as const) {
    await db.reportingUnit.update({ where: { id: unitId(slug) }, data: { fips, expectedVotePct: pct } });
  }
  const candidacies = await db.candidacy.findMany({ where: { raceId: race.id }, select: { id: true, candidate: { select: { slug: true } } } });
  const candidacyId = (slug: string) => candidacies.find((c) => c.candidate.slug === slug)!.id;
  await db.methodTally.createMany({
    data: [
      { unitId: unitId("district-1"), candidacyId: candidacyId("rosa-delgado"), method: "Mail Ballots", kind: "mail", votes: 3100 },
      { unitId: unitId("district-1"), candidacyId: candidacyId("rosa-delgado"), method: "Election Day", kind: "election_day", votes: 6000 },
      { unitId: unitId("district-1"), candidacyId: candidacyId("tom-whitaker"), method: "Election Day", kind: "election_day", votes: 4500 },
      { unitId: unitId("district-1"), candidacyId: candidacyId("tom-whitaker"), method: "Mail Ballots", kind: "mail", votes: 1500 },
    ],
  });
});
afterAll(() => database.remove());

test("the race JSON carries the expected vote, each unit's FIPS code and expected vote, and votes by method per unit and per candidate", async () => {
  const race = await getRace(MAYOR);
  expect(race.expectedVotePct).toBe(97);
  expect(race.units.map((u: { slug: string; fips: string | null; expectedVotePct: number | null }) => [u.slug, u.fips, u.expectedVotePct])).toEqual([
    ["district-1", "01001", 99.5],
    ["district-2", "01003", 96],
    ["district-3", null, null],
  ]);
  expect(race.units[0].votesByMethod).toEqual({
    "rosa-delgado": [
      { method: "Election Day", kind: "election_day", votes: 6000 },
      { method: "Mail Ballots", kind: "mail", votes: 3100 },
    ],
    "tom-whitaker": [
      { method: "Election Day", kind: "election_day", votes: 4500 },
      { method: "Mail Ballots", kind: "mail", votes: 1500 },
    ],
  });
  expect(race.units[1].votesByMethod).toEqual({});
  expect(race.candidates.map((c: { slug: string; votes: number; votesByMethod: unknown }) => [c.slug, c.votes, c.votesByMethod])).toEqual([
    ["rosa-delgado", 23565, [{ method: "Election Day", kind: "election_day", votes: 6000 }, { method: "Mail Ballots", kind: "mail", votes: 3100 }]],
    ["tom-whitaker", 21368, [{ method: "Election Day", kind: "election_day", votes: 4500 }, { method: "Mail Ballots", kind: "mail", votes: 1500 }]],
  ]);
});

test("a race no feed reported on answers null and empty, never missing fields", async () => {
  const race = await getRace("demo-county-clerk");
  expect(race.expectedVotePct).toBeNull();
  for (const candidate of race.candidates) expect(candidate.votesByMethod).toEqual([]);
  for (const unit of race.units) expect([unit.fips, unit.expectedVotePct, unit.votesByMethod]).toEqual([null, null, {}]);
  expect((await getRace("demo-county-sheriff")).expectedVotePct).toBe(58);
});

test("the election's race list carries the race-level fields, without the units", async () => {
  const election = await getJson(getElectionRoute, "/api/v1/elections/demo-county-2026-general", "demo-county-2026-general");
  const mayor = election.races.find((r: { slug: string }) => r.slug === MAYOR);
  expect(mayor.units).toBeUndefined();
  expect(mayor.expectedVotePct).toBe(97);
  expect(mayor.candidates[0].votesByMethod).toEqual([
    { method: "Election Day", kind: "election_day", votes: 6000 },
    { method: "Mail Ballots", kind: "mail", votes: 3100 },
  ]);
});

test("the demo's District 5 breakdown is whole: every vote placed, 5,010 and 4,758", async () => {
  const race = await getRace(DISTRICT_5);
  expect(race.units.map((u: { fips: string }) => u.fips)).toEqual(["13121", "13089"]);
  const table = votesByMethodTable(race);
  expect(table.complete).toBe(true);
  expect(table.columns.map((c) => c.label)).toEqual(["Election day", "Early", "Mail", "Provisional"]);
  expect(table.rows.map((r) => [r.votes, r.cells.map((c) => c.votes)])).toEqual([
    [5010, [3652, 976, 357, 25]],
    [4758, [3599, 818, 318, 23]],
  ]);
});

test("a desk write keeps the unit's breakdown in its answer; one below the breakdown sets that unit's aside", async () => {
  const before = await currentUnit(DISTRICT_5, "dekalb");
  expect(before.votesByMethod["liliana-bakhtiari"]!.reduce((sum, m) => sum + m.votes, 0)).toBe(1197);
  const { race, unit } = await writeUnitTally(staff, DISTRICT_5, "dekalb", { version: before.version, votes: { "liliana-bakhtiari": 1100 }, correction: true });
  expect(unit.votesByMethod).toEqual(before.votesByMethod);
  expect(race).toEqual(await getRaceResult(DISTRICT_5));
  expect((await getRace(DISTRICT_5)).units[1].votes["liliana-bakhtiari"]).toBe(1100);
  const table = votesByMethodTable(race);
  expect(table.rows.map((r) => [r.votes, r.cells.map((c) => c.votes), r.notByMethod])).toEqual([
    [5010, [2519, 640, 236, 17], 1598],
    [4661, [2702, 604, 238, 17], 1100],
  ]);
});
