// Integration tests of the desk's search against a real SQLite file loaded with the demo data. (Who
// may search is desk-read-access.test.ts's.)
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { searchDesk } = await import("./desk-search");

const staff: Actor = { userId: "user-staff", name: "staff", email: "staff@example.org", role: "staff", via: "session" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

test("a unit is found by its name, and links to its form on its race's desk", async () => {
  const found = await searchDesk(staff, "dekalb", 10);
  expect(found.units).toEqual([
    {
      slug: "dekalb",
      name: "DeKalb County",
      race: { slug: "atlanta-2017-council-district-5", name: "Atlanta City Council, District 5" },
      electionName: "Atlanta municipal general election",
      testData: false,
      url: "/newsroom/races/atlanta-2017-council-district-5#dekalb-title",
    },
  ]);
  expect(found.races).toEqual([]);
});

test("a race is found by office or seat, and a unit by its race's name too", async () => {
  const sheriff = await searchDesk(staff, "Sheriff", 10);
  expect(sheriff.races.map((r) => [r.slug, r.url])).toEqual([["demo-county-sheriff", "/newsroom/races/demo-county-sheriff"]]);
  // Each of the sheriff race's units, whose names do not say "sheriff".
  expect(sheriff.units.map((u) => u.url)).toEqual([
    "/newsroom/races/demo-county-sheriff#district-1-title",
    "/newsroom/races/demo-county-sheriff#district-2-title",
    "/newsroom/races/demo-county-sheriff#district-3-title",
  ]);
  expect((await searchDesk(staff, "district 5", 10)).races.map((r) => r.slug)).toEqual(["atlanta-2017-council-district-5"]);
});

test("a unit's name ranks above a race's name: 'commission district 2' finds the unit of that name first", async () => {
  const found = await searchDesk(staff, "commission district 2", 10);
  expect(found.units[0]!.name).toBe("Commission District 2");
});

test("an empty query reads nothing and finds nothing", async () => {
  expect(await searchDesk(staff, " ", 10)).toEqual({ races: [], units: [] });
});
