// Integration tests of the reader cache against a real database: a write shows on the next read
// of its race (page data and JSON) and leaves every other race's cached reads in place, and an
// unchanged race's 304 is answered without reading the tallies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { createTestDatabase, runSql } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const reader = await import("./reader");
const { writeUnitTally, currentUnit } = await import("@/lib/server/commands/write-unit-tally");
const { callRace } = await import("@/lib/server/commands/call-race");
const { updateCandidate } = await import("@/lib/server/commands/update-candidate");
const raceRoute = await import("@/app/api/v1/races/[slug]/route");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const ATLANTA = atlanta2017.slug;
const MAYOR = "demo-county-mayor";
const DEMO_COUNTY = "demo-county-2026-general";
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const editor: Actor = { ...staff, userId: "user-editor", name: "Eve Editor", role: "editor" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

async function writeDekalb(votes: Record<string, number>) {
  const { version } = await currentUnit(DISTRICT_5, "dekalb");
  await writeUnitTally(staff, DISTRICT_5, "dekalb", { version, votes });
}

function getRaceJson(slug: string, etag?: string) {
  const request = new Request(`http://localhost/api/v1/races/${slug}`, { headers: etag ? { "If-None-Match": etag } : {} });
  return raceRoute.GET(request, { params: Promise.resolve({ slug }) });
}

test("a tally write shows on its race's next read, page and JSON, and leaves other races' cached reads alone", async () => {
  const [raceBefore, jsonBefore, historyBefore, atlantaBefore] = await Promise.all([
    reader.readRace(DISTRICT_5),
    reader.readRaceJson(DISTRICT_5),
    reader.readRaceHistory(DISTRICT_5),
    reader.readElection(ATLANTA),
  ]);
  const [mayor, mayorJson, demoCountyElection, mayorCandidate] = await Promise.all([
    reader.readRace(MAYOR),
    reader.readRaceJson(MAYOR),
    reader.readElection(DEMO_COUNTY),
    reader.readCandidate("rosa-delgado"),
  ]);
  expect(raceBefore!.margin!.votes).toBe(252);

  await writeDekalb({ "liliana-bakhtiari": 1300 });

  const raceAfter = await reader.readRace(DISTRICT_5);
  expect(raceAfter!.margin!.votes).toBe(149);
  const jsonAfter = await reader.readRaceJson(DISTRICT_5);
  expect(jsonAfter!.etag).not.toBe(jsonBefore!.etag);
  expect(JSON.parse(jsonAfter!.text).margin.votes).toBe(149);
  expect((await reader.readRaceHistory(DISTRICT_5))!.points).toHaveLength(historyBefore!.points.length + 1);
  expect((await reader.readElection(ATLANTA))!.races[0]!.totalVotes).toBe(atlantaBefore!.races[0]!.totalVotes + 103);

  // The same objects come back for the other election: they were not read again.
  expect(await reader.readRace(MAYOR)).toBe(mayor);
  expect(await reader.readRaceJson(MAYOR)).toBe(mayorJson);
  expect(await reader.readElection(DEMO_COUNTY)).toBe(demoCountyElection);
  expect(await reader.readCandidate("rosa-delgado")).toBe(mayorCandidate);
});

test("a call shows on the race at once; a set-up change reaches every cached read", async () => {
  const mayor = await reader.readRace(MAYOR);
  const race = await reader.readRace(DISTRICT_5);
  expect(race!.call.status).toBe("uncalled");
  await callRace(editor, DISTRICT_5, { status: "too_close", acknowledge: [] });
  expect((await reader.readRace(DISTRICT_5))!.call.status).toBe("too_close");
  expect(await reader.readRace(MAYOR)).toBe(mayor);

  await updateCandidate(editor, "rosa-delgado", { name: "Rosa M. Delgado" });
  const renamed = await reader.readRace(MAYOR);
  expect(renamed).not.toBe(mayor);
  expect(renamed!.candidates.map((c) => c.name)).toContain("Rosa M. Delgado");
  expect((await reader.readCandidate("rosa-delgado"))!.name).toBe("Rosa M. Delgado");
});

test("an unchanged race answers 304 from its stored ETag without reading the tallies", async () => {
  const first = await getRaceJson(MAYOR);
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag")!;
  const body = await first.text();

  // Hide the tallies from every connection: any read of them now fails.
  runSql(database.url, 'ALTER TABLE "Tally" RENAME TO "TallyHidden"');
  try {
    const { getRaceResult } = await import("./races");
    await expect(getRaceResult(MAYOR)).rejects.toThrow();

    const again = await getRaceJson(MAYOR, etag);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    // A poller without the ETag gets the same body, also from the cache.
    const fresh = await getRaceJson(MAYOR);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe(body);
  } finally {
    runSql(database.url, 'ALTER TABLE "TallyHidden" RENAME TO "Tally"');
  }

  // After a write the poller's ETag no longer matches: it gets the new count.
  const d5 = await getRaceJson(DISTRICT_5);
  expect((await getRaceJson(DISTRICT_5, d5.headers.get("etag")!)).status).toBe(304);
  await writeDekalb({ "liliana-bakhtiari": 1450 });
  const changed = await getRaceJson(DISTRICT_5, d5.headers.get("etag")!);
  expect(changed.status).toBe(200);
  // 5,010 to 3,561 + 1,450 = 5,011: Bakhtiari now leads by one vote.
  expect((await changed.json()).margin.votes).toBe(1);
});

test("a race a feed creates is found by the reader's search at once, and one the desk creates too: the cached index is dropped", async () => {
  const { importFeedSnapshot } = await import("@/lib/server/commands/import-feed");
  const { createElection } = await import("@/lib/server/commands/create-election");
  const { createRace } = await import("@/lib/server/commands/create-race");
  await createElection(editor, { name: "Kentucky 2015", date: "2015-11-03", jurisdiction: "Kentucky", slug: "ky-2015" });
  // The index is read and cached before the feed arrives.
  expect((await reader.searchReaderData("governor kentucky", 5)).races).toEqual([]);
  const feed = new Uint8Array(readFileSync(join(process.cwd(), "..", "shared", "fixtures", "feeds", "ap", "elex__20151103_national.json")));
  await importFeedSnapshot(editor, "ky-2015", feed, { format: "ap-json", create: "1" }, { origin: "upload" });
  expect((await reader.searchReaderData("governor kentucky", 5)).races.map((r) => r.name)).toContain("Governor, Kentucky");

  await createRace(editor, "ky-2015", { office: "Riverton Clerk", seat: "At large", rule: { kind: "plurality" }, candidates: [{ name: "Maya Okafor" }], units: [{ name: "Ward 1", precinctsTotal: 1 }] });
  expect((await reader.searchReaderData("riverton clerk", 5)).races.map((r) => r.name)).toEqual(["Riverton Clerk, At large"]);
});

test("a count recolours the race map without drawing it again: the election's layer is not read", async () => {
  const before = (await reader.readRaceMap(MAYOR))!;
  const districtOne = before.units.find((u) => u.slug === "district-1")!;
  expect(districtOne.label).toMatch(/^Commission District 1: Delgado leads/);

  // Hide the layer from every connection: drawing the map again would now fail.
  runSql(database.url, 'ALTER TABLE "ElectionMapLayer" RENAME TO "ElectionMapLayerHidden"');
  try {
    const { version } = await currentUnit(MAYOR, "district-1");
    await writeUnitTally(staff, MAYOR, "district-1", { version, votes: { "tom-whitaker": 20_000 } });
    const after = (await reader.readRaceMap(MAYOR))!;
    const recoloured = after.units.find((u) => u.slug === "district-1")!;
    expect(recoloured.label).toMatch(/^Commission District 1: Whitaker leads/);
    expect(recoloured.path).toBe(districtOne.path);
  } finally {
    runSql(database.url, 'ALTER TABLE "ElectionMapLayerHidden" RENAME TO "ElectionMapLayer"');
  }
});
