// Integration tests of the reader data access against a real SQLite file loaded with the demo data.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";

const database = createTestDatabase();
const { getRaceResult, getRaceHistory, getRaceWithLastChange } = await import("./races");
const { getElection, listElectionsWithKeyRaces, listElections, hasDemoData } = await import("./elections");
const { getCandidateProfile } = await import("./candidates");

const DISTRICT_5 = "atlanta-2017-council-district-5";

beforeAll(async () => {
  await loadDemoElections(database.client, [atlanta2017, demoCounty]);
});
afterAll(() => database.remove());

test("District 5 reads back as the reported result: 5,010 to 4,758, 252 votes, not yet called", async () => {
  const race = await getRaceResult(DISTRICT_5);
  expect(race).not.toBeNull();
  expect(race!.candidates.map((c) => [c.name, c.votes, c.incumbent, c.status])).toEqual([
    ["Natalyn Archibong", 5010, true, "leading"],
    ["Liliana Bakhtiari", 4758, false, null],
  ]);
  expect(race!.totalVotes).toBe(9768);
  expect(race!.margin!.votes).toBe(252);
  expect(race!.candidates[0]!.pct).toBeCloseTo(51.29, 2);
  expect(race!.reporting).toEqual({ precinctsReporting: 31, precinctsTotal: 31, pct: 100 });
  expect(race!.call.status).toBe("uncalled");
  expect(race!.units.map((u) => [u.slug, u.votes])).toEqual([
    ["fulton", { "natalyn-archibong": 3412, "liliana-bakhtiari": 3561 }],
    ["dekalb", { "natalyn-archibong": 1598, "liliana-bakhtiari": 1197 }],
  ]);
  expect(race!.updatedAt).toBe("2017-11-08T05:18:00.000Z");
});

test("District 5's last batch is DeKalb's at 12:18 AM: each candidate's gain over DeKalb's previous count", async () => {
  const race = await getRaceWithLastChange(DISTRICT_5);
  expect(race!.slug).toBe(DISTRICT_5);
  expect(race!.lastChange).toEqual({
    at: "2017-11-08T05:18:00.000Z",
    unit: "DeKalb County",
    unitCount: 1,
    gains: [
      { slug: "natalyn-archibong", name: "Natalyn Archibong", delta: 388 },
      { slug: "liliana-bakhtiari", name: "Liliana Bakhtiari", delta: 292 },
    ],
  });
  expect((await getRaceWithLastChange("demo-county-commission-district-1"))!.lastChange).toBeNull();
});

test("an unknown race slug reads as null, not an error", async () => {
  expect(await getRaceResult("no-such-race")).toBeNull();
  expect(await getRaceWithLastChange("no-such-race")).toBeNull();
  expect(await getRaceHistory("no-such-race")).toBeNull();
});

test("the District 5 history replays eight batches, with Bakhtiari ahead early and Archibong at the end", async () => {
  const history = await getRaceHistory(DISTRICT_5);
  expect(history!.pair).toEqual(["natalyn-archibong", "liliana-bakhtiari"]);
  expect(history!.points.map((p) => p.signedMargin)).toEqual([-90, -40, -165, -45, -10, 125, 156, 252]);
  expect(history!.leadChanges).toEqual([
    { at: "2017-11-08T04:05:00.000Z", from: "liliana-bakhtiari", to: "natalyn-archibong" },
  ]);
  expect(history!.points.at(-1)!.totals).toEqual({ "natalyn-archibong": 5010, "liliana-bakhtiari": 4758 });
});

test("a vote-for-three race's history follows the third seat against the fourth; a runoff race's, the second place against the third", async () => {
  const board = await getRaceHistory("demo-county-school-board-at-large");
  expect(board!.line).toEqual({ kind: "seat", above: "chloe-nguyen", below: "david-okafor", seats: 3 });
  expect(board!.pair).toEqual(["chloe-nguyen", "david-okafor"]);
  expect(board!.points.at(-1)!.signedMargin).toBe(14_000 - 12_200);

  const treasurer = await getRaceHistory("demo-county-treasurer");
  expect(treasurer!.line).toEqual({ kind: "runoff", above: "samuel-adeyemi", below: "lucy-fontaine" });
  expect(treasurer!.points.at(-1)!.signedMargin).toBe(16_700 - 9_400);
});

test("the Demo County election shows a race in every status", async () => {
  const election = await getElection("demo-county-2026-general");
  const statuses = Object.fromEntries(election!.races.map((r) => [r.slug, r.call.status]));
  expect(statuses).toEqual({
    "demo-county-mayor": "called",
    "demo-county-sheriff": "uncalled",
    "demo-county-clerk": "too_close",
    "demo-county-treasurer": "runoff",
    "demo-county-school-board-at-large": "called",
    "demo-county-commission-district-1": "uncalled",
  });
  const board = election!.races.find((r) => r.slug === "demo-county-school-board-at-large")!;
  expect(board.candidates.filter((c) => c.status === "winner").map((c) => c.slug)).toEqual(["ana-ruiz", "ben-carter", "chloe-nguyen"]);
  const treasurer = election!.races.find((r) => r.slug === "demo-county-treasurer")!;
  expect(treasurer.candidates.map((c) => c.status)).toEqual(["advancing", "advancing", null]);
  const clerk = election!.races.find((r) => r.slug === "demo-county-clerk")!;
  expect([clerk.margin!.votes, clerk.flags.recountEligible]).toEqual([31, true]);
  const empty = election!.races.find((r) => r.slug === "demo-county-commission-district-1")!;
  expect([empty.totalVotes, empty.margin, empty.reporting.pct]).toEqual([0, null, 0]);
});

test("elections are listed newest first, with featured races leading each election", async () => {
  const elections = await listElectionsWithKeyRaces(3);
  expect(elections.map((e) => e.slug)).toEqual(["demo-county-2026-general", "atlanta-2017-general"]);
  expect(elections[0]!.races.map((r) => r.slug)).toEqual(["demo-county-mayor", "demo-county-sheriff", "demo-county-clerk"]);
  expect(elections[0]!.raceCount).toBe(6);
  expect((await listElections()).map((e) => e.date)).toEqual(["2026-11-03", "2017-11-07"]);
  expect(await hasDemoData()).toBe(true);
});

test("a candidate who runs again is one profile with every race, newest first", async () => {
  const archibong = await database.client.candidate.findUniqueOrThrow({ where: { slug: "natalyn-archibong" } });
  const election = await database.client.election.create({
    data: { slug: "atlanta-2021-general", name: "Atlanta municipal general election", date: new Date("2021-11-02"), jurisdiction: "City of Atlanta, Georgia" },
  });
  await database.client.race.create({
    data: {
      slug: "atlanta-2021-council-president",
      electionId: election.id,
      office: "Atlanta City Council",
      seat: "President",
      candidacies: { create: [{ candidateId: archibong.id, ballotOrder: 0 }] },
      units: { create: [{ slug: "citywide", name: "Citywide", precinctsTotal: 10 }] },
    },
  });

  const profile = await getCandidateProfile("natalyn-archibong");
  expect(profile!.runs.map((run) => [run.race.slug, run.result.votes, run.incumbent])).toEqual([
    ["atlanta-2021-council-president", 0, false],
    [DISTRICT_5, 5010, true],
  ]);
  expect(await getCandidateProfile("nobody")).toBeNull();
});

test("a changed tally shows in the next read of the race", async () => {
  const unit = await database.client.reportingUnit.findFirstOrThrow({ where: { slug: "fulton", race: { slug: DISTRICT_5 } } });
  const candidacy = await database.client.candidacy.findFirstOrThrow({ where: { race: { slug: DISTRICT_5 }, candidate: { slug: "liliana-bakhtiari" } } });
  await database.client.tally.update({
    where: { unitId_candidacyId: { unitId: unit.id, candidacyId: candidacy.id } },
    data: { votes: 3561 + 300 },
  });
  const race = await getRaceResult(DISTRICT_5);
  expect(race!.candidates[0]!.slug).toBe("liliana-bakhtiari");
  expect(race!.margin!.votes).toBe(48);
});
