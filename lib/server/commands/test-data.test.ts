// Test mode (FEEDS.md §1, "Test mode traps"): an election marked as test data publishes nothing
// about its races, not even a story that was checked a moment before the marking; marking it pulls
// what was published; the reader JSON says so. Guards against TheLens/elections#201, where a test
// night's numbers went out as news.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();

// Set by a test to run once right after a command has read the race for the gate, before it writes.
let afterGateRead: (() => Promise<unknown>) | null = null;
vi.doMock("@/lib/server/queries/race-for-call", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/queries/race-for-call")>();
  return {
    ...original,
    raceForCall: async (slug: string) => {
      const read = await original.raceForCall(slug);
      const hook = afterGateRead;
      afterGateRead = null;
      await hook?.();
      return read;
    },
  };
});

const { callRace } = await import("./call-race");
const { createStory, getStory, publishStory } = await import("./stories");
const { updateElection } = await import("./update-election");
const { readStory } = await import("@/lib/server/queries/reader");
const raceRoute = await import("@/app/api/v1/races/[slug]/route");
const electionRoute = await import("@/app/api/v1/elections/[slug]/route");

const ATLANTA = "atlanta-2017-general";
const DISTRICT_5 = "atlanta-2017-council-district-5";
const DEMO_COUNTY = "demo-county-2026-general";
const MAYOR = "demo-county-mayor";
const editor: Actor = { userId: "user-editor", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };
const REFUSAL = "This race's election holds test data; nothing about it can be published.";

beforeAll(async () => {
  await loadDemoElections(database.client, [atlanta2017, demoCounty]);
  await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"], note: "All precincts in." });
});
afterAll(() => database.remove());

const storyId = async (slug: string) => (await database.client.story.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const markTest = (election: string, isTest: boolean) => updateElection(editor, election, { isTest });

async function getJson(route: { GET: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response> }, path: string, slug: string) {
  const response = await route.GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ slug }) });
  return { etag: response.headers.get("ETag"), body: await response.json() };
}

test("a story on a test election's race is refused with 409 test_data, and nothing is written", async () => {
  const archibong = await storyId("archibong-holds-district-5");
  await markTest(ATLANTA, true);

  const dump = databaseDump(database.url);
  const refused = await refusal(publishStory(editor, archibong), "test_data");
  expect([refused.status, refused.message]).toEqual([409, REFUSAL]);
  expect(databaseDump(database.url)).toEqual(dump);
  expect((await getStory(editor, archibong)).status).toBe("draft");

  await markTest(ATLANTA, false);
  expect((await publishStory(editor, archibong)).status).toBe("published");
});

test("marking the election as test data pulls its published stories, with the reason, and audits each", async () => {
  const archibong = await storyId("archibong-holds-district-5");
  expect((await getStory(editor, archibong)).status).toBe("published");

  const election = await markTest(ATLANTA, true);
  expect(election.testData).toBe(true);
  expect(await getStory(editor, archibong)).toMatchObject({ status: "pulled", pulledReason: "Pulled: The election was marked as test data" });
  expect(await readStory("archibong-holds-district-5")).toMatchObject({ status: "pulled", pulledReason: "The election was marked as test data" });

  // And the pull is announced, naming the story's race.
  const alerts = await database.client.outboxEvent.findMany({ where: { type: "story.pulled", data: { contains: archibong } } });
  expect(alerts.map((alert) => JSON.parse(alert.data))).toEqual([
    {
      story: expect.objectContaining({ id: archibong, slug: "archibong-holds-district-5" }),
      race: expect.objectContaining({ slug: DISTRICT_5, name: "District 5", election: ATLANTA }),
      reason: "Pulled: The election was marked as test data",
      by: "Erin Editor",
    },
  ]);

  const pulls = await database.client.auditEvent.findMany({ where: { action: "story.pulled", subjectId: archibong } });
  expect(pulls.map((p) => JSON.parse(p.detail))).toContainEqual(expect.objectContaining({ reason: "test_data" }));
  const [marked] = await database.client.auditEvent.findMany({ where: { action: "election.updated" }, orderBy: { createdAt: "desc" }, take: 1 });
  expect(JSON.parse(marked!.detail)).toMatchObject({ slug: ATLANTA, before: { isTest: false }, after: { isTest: true } });

  // Unmarking makes the numbers real again; the pulled story waits for an editor to publish it again.
  await markTest(ATLANTA, false);
  expect((await getStory(editor, archibong)).status).toBe("pulled");
  expect((await publishStory(editor, archibong)).status).toBe("published");
});

test("the race JSON, the election JSON and its race list carry testData, and their ETags move with it", async () => {
  const race = await getJson(raceRoute, `/api/v1/races/${DISTRICT_5}`, DISTRICT_5);
  const election = await getJson(electionRoute, `/api/v1/elections/${ATLANTA}`, ATLANTA);
  expect(race.body.testData).toBe(false);
  expect(election.body.testData).toBe(false);

  await markTest(ATLANTA, true);
  const testRace = await getJson(raceRoute, `/api/v1/races/${DISTRICT_5}`, DISTRICT_5);
  const testElection = await getJson(electionRoute, `/api/v1/elections/${ATLANTA}`, ATLANTA);
  expect(testRace.body.testData).toBe(true);
  expect(testRace.etag).not.toBe(race.etag);
  expect(testElection.body.testData).toBe(true);
  expect(testElection.body.races.map((r: { testData: boolean }) => r.testData)).toEqual([true]);
  expect(testElection.etag).not.toBe(election.etag);
  // Another election is untouched.
  expect((await getJson(raceRoute, `/api/v1/races/${MAYOR}`, MAYOR)).body.testData).toBe(false);

  await markTest(ATLANTA, false);
  expect((await getJson(raceRoute, `/api/v1/races/${DISTRICT_5}`, DISTRICT_5)).body.testData).toBe(false);
});

test("an election marked as test data after the gate was checked, before the write, is still refused inside the write", async () => {
  await callRace(editor, MAYOR, { status: "called", winners: ["rosa-delgado"] });
  const story = await createStory(editor, { raceSlug: MAYOR, headline: "Delgado wins", body: "Rosa Delgado won.", expects: { kind: "winner", candidate: "rosa-delgado" } });

  // Behind the command's back, between its gate check and its write.
  afterGateRead = () => database.client.election.update({ where: { slug: DEMO_COUNTY }, data: { isTest: true } });
  const refused = await refusal(publishStory(editor, story.id), "test_data");
  expect(refused.message).toBe(REFUSAL);
  expect((await getStory(editor, story.id)).status).toBe("draft");
  expect(await database.client.auditEvent.count({ where: { action: "story.published", subjectId: story.id } })).toBe(0);

  await markTest(DEMO_COUNTY, false);
});

test("publishing while the election is being marked as test data never leaves a published story on a test election", async () => {
  const story = await createStory(editor, { raceSlug: MAYOR, headline: "Delgado elected", body: "She won.", expects: { kind: "winner", candidate: "rosa-delgado" } });
  const outcomes = new Set<string>();
  for (let round = 0; round < 15; round++) {
    await markTest(DEMO_COUNTY, false);
    // The marking starts a little later each round, so that each order wins some rounds.
    const marking = round % 2 === 0 ? markTest(DEMO_COUNTY, true) : new Promise((resolve) => setTimeout(resolve, round % 8)).then(() => markTest(DEMO_COUNTY, true));
    const [published] = await Promise.allSettled([publishStory(editor, story.id), marking]);
    outcomes.add(published.status === "fulfilled" ? "published, then pulled" : (published.reason as { code: string }).code);

    const stored = await database.client.story.findUniqueOrThrow({ where: { id: story.id }, select: { status: true, pulledReason: true } });
    expect(stored.status, `round ${round}`).not.toBe("published");
    if (published.status === "fulfilled") expect(stored.pulledReason, `round ${round}`).toBe("Pulled: The election was marked as test data");
    const onTestElections = await database.client.story.count({ where: { status: "published", race: { election: { isTest: true } } } });
    expect(onTestElections, `round ${round}`).toBe(0);
  }
  // Either order may win a round; whichever did, the refusal is test_data, never a generic one.
  for (const outcome of outcomes) expect(["published, then pulled", "test_data"]).toContain(outcome);
  await markTest(DEMO_COUNTY, false);
});
