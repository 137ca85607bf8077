// Integration tests of the reader's search against a real SQLite file: the demo data, and a test
// election whose candidate's name has accents.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";

const database = createTestDatabase();
const { loadSearchIndex, searchIndex } = await import("./search");

beforeAll(async () => {
  await loadDemoElections(database.client, [atlanta2017, demoCounty]);
  await database.client.election.create({
    data: {
      slug: "rehearsal-2026",
      name: "Rehearsal night",
      date: new Date("2026-10-27"),
      jurisdiction: "Test County",
      isTest: true,
      races: {
        create: {
          slug: "rehearsal-2026-mayor",
          office: "Test County Mayor",
          seat: "Countywide",
          candidacies: { create: { candidate: { create: { slug: "jose-nunez", name: "José Núñez", party: "Independent" } } } },
        },
      },
    },
  });
  // A candidate with a profile but no race yet is not on any reader page.
  await database.client.candidate.create({ data: { slug: "archibald-nobody", name: "Archibald Nobody" } });
});
afterAll(() => database.remove());

const search = async (query: string, limit = 10) => searchIndex(await loadSearchIndex(), query, limit);

test("'archib' finds Natalyn Archibong, with her latest race, and her page's address", async () => {
  const found = await search("archib");
  expect(found.candidates).toEqual([
    {
      slug: "natalyn-archibong",
      name: "Natalyn Archibong",
      party: null,
      latestRace: { slug: "atlanta-2017-council-district-5", name: "Atlanta City Council, District 5", electionName: "Atlanta municipal general election" },
      testData: false,
      url: "/candidates/natalyn-archibong",
    },
  ]);
  expect(found.races).toEqual([]);
});

test("'district 5' finds the District 5 race and 'sheriff' the Demo County sheriff race", async () => {
  expect((await search("district 5")).races.map((r) => [r.name, r.url])).toEqual([["Atlanta City Council, District 5", "/races/atlanta-2017-council-district-5"]]);
  const sheriff = await search("SHERIFF");
  expect(sheriff.races.map((r) => [r.slug, r.election.name, r.testData])).toEqual([["demo-county-sheriff", "Demo County general election", false]]);
});

test("accents are optional on either side, and test data is marked as such", async () => {
  const found = await search("nunez");
  expect(found.candidates.map((c) => [c.name, c.testData])).toEqual([["José Núñez", true]]);
  expect((await search("Núñez")).candidates).toHaveLength(1);
  expect((await search("rehearsal")).elections.map((e) => [e.slug, e.testData, e.url])).toEqual([["rehearsal-2026", true, "/elections/rehearsal-2026"]]);
  expect((await search("test county mayor")).races.map((r) => [r.slug, r.testData])).toEqual([["rehearsal-2026-mayor", true]]);
});

test("elections are found by name, jurisdiction or year, newest first", async () => {
  expect((await search("atlanta 2017")).elections.map((e) => e.slug)).toEqual(["atlanta-2017-general"]);
  expect((await search("general")).elections.map((e) => e.slug)).toEqual(["demo-county-2026-general", "atlanta-2017-general"]);
});

test("a candidate in no race is not found: readers have no page for them", async () => {
  expect((await search("archibald")).candidates).toEqual([]);
});

test("an empty query finds nothing, and the limit holds for each kind", async () => {
  expect(await search("   ")).toEqual({ races: [], candidates: [], elections: [] });
  const demo = await search("demo county", 2);
  expect(demo.races).toHaveLength(2);
});
