// The outbox is written in the batch of the change that causes each alert: a call, a retraction and
// the stories it pulls, a publication, a count. The worker then turns the count's internal event
// into what it newly means, once: a correction, a race fully reported, a race too close.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { EVENT_DATA_SCHEMAS } from "@/lib/domain/webhooks/events";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { callRace } = await import("@/lib/server/commands/call-race");
const { publishStory } = await import("@/lib/server/commands/stories");
const { writeUnitTally, currentUnit } = await import("@/lib/server/commands/write-unit-tally");
const { soleInstance } = await import("@/lib/server/feeds/poller-leadership");
const { WebhookWorker } = await import("./worker");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const editor: Actor = { userId: "user-editor", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

const events = async (type?: string) =>
  (await database.client.outboxEvent.findMany({ where: type ? { type } : {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map((e) => ({
    id: e.id,
    type: e.type,
    data: JSON.parse(e.data) as Record<string, unknown>,
    processedAt: e.processedAt,
  }));

const worker = () => new WebhookWorker({ leadership: soleInstance, http: { allowedHosts: [], timeoutMs: 1_000 }, retrySchedule: [100] });

test("a call, a publication, a retraction and the story it pulls each write their alert, with the data receivers read", async () => {
  await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"], note: "All 31 precincts in." });
  const [called] = await events("race.called");
  expect(called!.data).toEqual({
    race: { slug: DISTRICT_5, name: "District 5", office: "Atlanta City Council", seat: "District 5", election: "atlanta-2017-general", url: `http://localhost:3000/races/${DISTRICT_5}` },
    winners: ["natalyn-archibong"],
    candidates: [
      { slug: "natalyn-archibong", name: "Natalyn Archibong", votes: 5_010 },
      { slug: "liliana-bakhtiari", name: "Liliana Bakhtiari", votes: 4_758 },
    ],
    note: "All 31 precincts in.",
    by: "Erin Editor",
  });

  const story = await database.client.story.findUniqueOrThrow({ where: { slug: "archibong-holds-district-5" }, select: { id: true } });
  await publishStory(editor, story.id);
  expect((await events("story.published"))[0]!.data).toMatchObject({ story: { id: story.id, slug: "archibong-holds-district-5", url: "http://localhost:3000/stories/archibong-holds-district-5" }, by: "Erin Editor" });

  await callRace(editor, DISTRICT_5, { status: "uncalled", note: "Provisional ballots outstanding in DeKalb." });
  expect((await events("race.retracted"))[0]!.data).toMatchObject({ race: { slug: DISTRICT_5 }, note: "Provisional ballots outstanding in DeKalb.", by: "Erin Editor" });
  const pulled = await events("story.pulled");
  expect(pulled.map((e) => e.data)).toEqual([
    {
      story: { id: story.id, slug: "archibong-holds-district-5", headline: "Archibong holds District 5 by 252 votes", url: "http://localhost:3000/stories/archibong-holds-district-5" },
      race: expect.objectContaining({ slug: DISTRICT_5, name: "District 5" }),
      reason: "Pulled: The call in District 5 was retracted: Provisional ballots outstanding in DeKalb.",
      by: "Erin Editor",
    },
  ]);
});

test("a call the guard refuses announces nothing", async () => {
  const before = (await events()).length;
  await refusal(callRace(editor, DISTRICT_5, { status: "uncalled", note: "Still uncalled." }), "call_refused");
  expect((await events()).slice(before).map((e) => e.type)).toEqual([]);
});

test("a lowered count is a correction, announced once; the count's states are announced when they become true", async () => {
  const fulton = await currentUnit(DISTRICT_5, "fulton");
  await writeUnitTally(editor, DISTRICT_5, "fulton", { version: fulton.version, votes: { "natalyn-archibong": fulton.votes["natalyn-archibong"]! - 10 }, correction: true });
  const [counted] = await events("race.counted");
  expect(counted!.data).toEqual({ raceId: expect.any(String), batchId: expect.any(String) });

  await worker().runOnce();
  expect((await events("tally.correction")).map((e) => e.data)).toEqual([
    {
      race: expect.objectContaining({ slug: DISTRICT_5 }),
      unit: { slug: "fulton", name: "Fulton County" },
      changes: [{ candidate: "Natalyn Archibong", before: fulton.votes["natalyn-archibong"], after: fulton.votes["natalyn-archibong"]! - 10 }],
      source: "manual",
      by: "Erin Editor",
    },
  ]);
  // District 5 is at 100% and no longer called: fully reported, and announced as such once.
  expect((await events("race.fully_reported")).map((e) => e.data)).toEqual([
    { race: expect.objectContaining({ slug: DISTRICT_5 }), candidates: expect.any(Array), precinctsTotal: 31 },
  ]);
  expect((await events("race.counted"))[0]!.processedAt).not.toBeNull();

  // A higher count again: no correction, and fully reported is not announced a second time.
  const again = await currentUnit(DISTRICT_5, "fulton");
  await writeUnitTally(editor, DISTRICT_5, "fulton", { version: again.version, votes: { "natalyn-archibong": again.votes["natalyn-archibong"]! + 10 } });
  await worker().runOnce();
  expect(await events("tally.correction")).toHaveLength(1);
  expect(await events("race.fully_reported")).toHaveLength(1);
  expect((await events("race.counted")).every((e) => e.processedAt !== null)).toBe(true);
});

test("a count that ties an uncalled race is too close, announced once while it stays so", async () => {
  const race = await database.client.race.findUniqueOrThrow({ where: { slug: DISTRICT_5 }, select: { id: true } });
  const totals = await database.client.tally.groupBy({ by: ["candidacyId"], where: { unit: { raceId: race.id } }, _sum: { votes: true } });
  const [lead, trail] = totals.map((t) => t._sum.votes!).sort((a, b) => b - a);
  const fulton = await currentUnit(DISTRICT_5, "fulton");
  const tie = { "liliana-bakhtiari": fulton.votes["liliana-bakhtiari"]! + lead! - trail! };
  await writeUnitTally(editor, DISTRICT_5, "fulton", { version: fulton.version, votes: tie });
  await worker().runOnce();
  expect((await events("race.too_close")).map((e) => e.data)).toEqual([
    { race: expect.objectContaining({ slug: DISTRICT_5 }), candidates: expect.any(Array), margin: { votes: 0, pct: 0 }, cause: "count", by: null },
  ]);

  const same = await currentUnit(DISTRICT_5, "fulton");
  // Still tied, one vote more each: counted again, not announced again.
  const oneMoreEach = { "natalyn-archibong": same.votes["natalyn-archibong"]! + 1, "liliana-bakhtiari": same.votes["liliana-bakhtiari"]! + 1 };
  const countedBefore = (await events("race.counted")).length;
  await writeUnitTally(editor, DISTRICT_5, "fulton", { version: same.version, votes: oneMoreEach });
  expect(await events("race.counted")).toHaveLength(countedBefore + 1);
  await worker().runOnce();
  expect(await events("race.too_close")).toHaveLength(1);
});

test("writes that come faster than the worker are judged together: each lowered count is announced on its own, every count is worked out", async () => {
  const correctionsBefore = (await events("tally.correction")).length;
  for (const unit of ["fulton", "dekalb"]) {
    const current = await currentUnit(DISTRICT_5, unit);
    await writeUnitTally(editor, DISTRICT_5, unit, { version: current.version, votes: { "liliana-bakhtiari": current.votes["liliana-bakhtiari"]! - 2 }, correction: true });
  }
  const again = await currentUnit(DISTRICT_5, "fulton");
  await writeUnitTally(editor, DISTRICT_5, "fulton", { version: again.version, votes: { "liliana-bakhtiari": again.votes["liliana-bakhtiari"]! + 2 } });

  await worker().runOnce();
  const corrections = (await events("tally.correction")).slice(correctionsBefore);
  expect(corrections.map((e) => (e.data.unit as { slug: string }).slug).sort()).toEqual(["dekalb", "fulton"]);
  expect(new Set(corrections.map((e) => e.id)).size).toBe(2);
  expect((await events("race.counted")).every((e) => e.processedAt !== null)).toBe(true);
});

test("worked-out count events are pruned after an hour; the alerts they led to, and counts not yet worked out, stay", async () => {
  const counted = await events("race.counted");
  const alerts = (await events()).length - counted.length;
  const [old, recent] = counted;
  const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
  await database.client.outboxEvent.update({ where: { id: old!.id }, data: { processedAt: hourAgo } });
  const current = await currentUnit(DISTRICT_5, "dekalb");
  await writeUnitTally(editor, DISTRICT_5, "dekalb", { version: current.version, votes: { "liliana-bakhtiari": current.votes["liliana-bakhtiari"]! + 1 } });

  await worker().runOnce();
  const left = await events("race.counted");
  expect(left.map((e) => e.id)).not.toContain(old!.id);
  expect(left.map((e) => e.id)).toContain(recent!.id);
  expect(left).toHaveLength(counted.length);
  expect((await events()).length - left.length).toBe(alerts);
});

test("every alert written above has the data its type's schema describes (what the README and receivers rely on)", async () => {
  const written = (await events()).filter((event) => event.type !== "race.counted");
  expect(new Set(written.map((event) => event.type))).toEqual(
    new Set(["race.called", "story.published", "race.retracted", "story.pulled", "tally.correction", "race.fully_reported", "race.too_close"]),
  );
  for (const event of written) {
    const parsed = EVENT_DATA_SCHEMAS[event.type as keyof typeof EVENT_DATA_SCHEMAS].safeParse(event.data);
    expect(parsed.error?.issues ?? [], event.type).toEqual([]);
  }
});
