// Integration tests of the story reads against a real SQLite file with the demo data: District 5 at
// 100% reporting, uncalled, with two drafts (one expecting each candidate). The tests run in order,
// as election night does: drafts, a call, a publish, a retraction that pulls, a new call.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { getPublicStory, listCoverage, listDeskStories, getDeskStory, listStoriesAfterCall } = await import("./stories");
const { callRace } = await import("@/lib/server/commands/call-race");
const { createStory, publishStory } = await import("@/lib/server/commands/stories");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const ARCHIBONG_HOLDS = "archibong-holds-district-5";
const BAKHTIARI_WINS = "bakhtiari-unseats-archibong-in-district-5";
const editor: Actor = { userId: "user-editor", name: "Eden Editor", email: "editor@example.org", role: "editor", via: "session" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017]));
afterAll(() => database.remove());

async function storyId(slug: string): Promise<string> {
  return (await database.client.story.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

test("drafts are not public: the reader read is null for a draft and for an unknown slug alike", async () => {
  expect(await getPublicStory(ARCHIBONG_HOLDS)).toBeNull();
  expect(await getPublicStory(BAKHTIARI_WINS)).toBeNull();
  expect(await getPublicStory("no-such-story")).toBeNull();
  expect(await listCoverage(DISTRICT_5)).toEqual([]);
});

test("the desk sees each draft with its expectation in words and the gate closed until a call", async () => {
  const stories = await listDeskStories(editor);
  expect(stories.map((s) => [s.slug, s.status, s.expectsWords, s.gate])).toEqual(
    expect.arrayContaining([
      [ARCHIBONG_HOLDS, "draft", "District 5 called for Natalyn Archibong", { open: false, reason: "District 5 has not been called" }],
      [BAKHTIARI_WINS, "draft", "District 5 called for Liliana Bakhtiari", { open: false, reason: "District 5 has not been called" }],
    ]),
  );
  expect(await listStoriesAfterCall(editor, DISTRICT_5)).toEqual([]);
  expect(stories[0]!.race).toEqual({ slug: DISTRICT_5, office: "Atlanta City Council", seat: "District 5", electionName: expect.any(String), testData: false });
});

test("after the call, the desk's edit read opens the gate for one draft and names the other's problem", async () => {
  await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"] });
  const holds = await getDeskStory(editor, await storyId(ARCHIBONG_HOLDS));
  expect(holds).toMatchObject({ status: "draft", gate: { open: true }, body: expect.stringContaining("252 votes") });
  expect(holds!.candidates).toEqual([
    { slug: "natalyn-archibong", name: "Natalyn Archibong" },
    { slug: "liliana-bakhtiari", name: "Liliana Bakhtiari" },
  ]);
  const wins = await getDeskStory(editor, await storyId(BAKHTIARI_WINS));
  expect(wins!.gate).toEqual({ open: false, reason: "District 5 was called for Natalyn Archibong; this story expects Liliana Bakhtiari" });
  expect(await getDeskStory(editor, "no-such-story")).toBeNull();
});

test("the race desk lists what a call let out: nothing before it, then each draft ready or still blocked, and staff see nothing", async () => {
  const staff: Actor = { ...editor, userId: "user-staff", role: "staff" };
  await expect(listStoriesAfterCall(staff, DISTRICT_5)).rejects.toMatchObject({ code: "forbidden" });
  const listed = (await listStoriesAfterCall(editor, DISTRICT_5)).map((s) => [s.slug, s.status, s.gate]);
  expect(listed).toEqual(
    expect.arrayContaining([
      [ARCHIBONG_HOLDS, "draft", { open: true }],
      [BAKHTIARI_WINS, "draft", { open: false, reason: "District 5 was called for Natalyn Archibong; this story expects Liliana Bakhtiari" }],
    ]),
  );
  expect(listed).toHaveLength(2);
});

test("a published story is public with its body and listed as the race's coverage", async () => {
  await publishStory(editor, await storyId(ARCHIBONG_HOLDS));
  const story = await getPublicStory(ARCHIBONG_HOLDS);
  expect(story).toMatchObject({
    status: "published",
    headline: "Archibong holds District 5 by 252 votes",
    body: expect.stringContaining("Natalyn Archibong kept her District 5 seat"),
    race: { slug: DISTRICT_5 },
  });
  expect((await listCoverage(DISTRICT_5)).map((c) => c.slug)).toEqual([ARCHIBONG_HOLDS]);
  // Published from the race desk's list, it stays there as published until the call changes.
  expect((await listStoriesAfterCall(editor, DISTRICT_5)).find((s) => s.slug === ARCHIBONG_HOLDS)?.status).toBe("published");
  expect(await getPublicStory(BAKHTIARI_WINS)).toBeNull();
});

test("a retraction pulls the story: readers get the editor's reason and the time, never the body", async () => {
  await callRace(editor, DISTRICT_5, { status: "uncalled", note: "Provisional ballots still out" });
  const story = await getPublicStory(ARCHIBONG_HOLDS);
  expect(story).toEqual({
    status: "pulled",
    slug: ARCHIBONG_HOLDS,
    headline: "Archibong holds District 5 by 252 votes",
    pulledAt: expect.any(String),
    pulledReason: "The call in District 5 was retracted: Provisional ballots still out",
    race: { slug: DISTRICT_5, office: "Atlanta City Council", seat: "District 5", electionName: expect.any(String), testData: false },
  });
  expect(story).not.toHaveProperty("body");
  expect(await listCoverage(DISTRICT_5)).toEqual([]);
});

test("the desk list puts pulled stories first, then drafts, then published", async () => {
  await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"] });
  const anyCall = await createStory(editor, { raceSlug: DISTRICT_5, headline: "District 5 is decided", body: "A winner is named.", expects: { kind: "called" } });
  await publishStory(editor, anyCall.id);
  const stories = await listDeskStories(editor);
  expect(stories.map((s) => [s.slug, s.status])).toEqual([
    [ARCHIBONG_HOLDS, "pulled"],
    [BAKHTIARI_WINS, "draft"],
    [anyCall.slug, "published"],
  ]);
  expect(stories[0]!.pulledReason).toBe("The call in District 5 was retracted: Provisional ballots still out");
  expect(stories[2]!.expectsWords).toBe("District 5 called (any winner)");
});

test("coverage lists only published stories, newest first", async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await publishStory(editor, await storyId(ARCHIBONG_HOLDS));
  const coverage = await listCoverage(DISTRICT_5);
  expect(coverage.map((c) => c.slug)).toEqual([ARCHIBONG_HOLDS, "district-5-is-decided"]);
  expect(coverage[0]!.publishedAt > coverage[1]!.publishedAt).toBe(true);
  expect(await listCoverage("no-such-race")).toEqual([]);
});
