// The poller wired to the real importer, on a real database: an AP source served from a local feed
// server (allowed through FEED_ALLOWED_HOSTS) fills its election from the recorded Kentucky payload,
// the history names the source, the next poll of the same bytes changes nothing, and a source's race
// list keeps the other races out.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { reply, startFeedServer, type FeedServer } from "@/lib/testing/feed-server";
import { createTestDatabase } from "@/lib/testing/test-database";

process.env.FEED_ALLOWED_HOSTS = "127.0.0.1";
process.env.AP_API_KEY = "test-ap-key";
const database = createTestDatabase();
const db = database.client;
const { createElection } = await import("./create-election");
const { addFeedSource } = await import("./feed-sources");
const { applyPolledSnapshot } = await import("./apply-polled-snapshot");
const { FeedPoller } = await import("@/lib/server/feeds/poller");
const { soleInstance } = await import("@/lib/server/feeds/poller-leadership");
const { feedHttpOptions } = await import("@/lib/server/feeds/feed-settings");

const KENTUCKY = readFileSync("../shared/fixtures/feeds/ap/elex__20151103_national.json", "utf8");
const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

const poll = () => new FeedPoller({ apply: applyPolledSnapshot, leadership: soleInstance, http: feedHttpOptions(), apKey: "test-ap-key" }).pollDue();

test("a polled AP payload fills the source's election, named after the source, and the same bytes again change nothing", async () => {
  await createElection(editor, { name: "Kentucky 2015", date: "2015-11-03", jurisdiction: "Kentucky", slug: "ky-polled" });
  // The answer's nextrequest points back at the same payload, as AP's does when nothing changed since.
  server.route("/ky", reply(200, KENTUCKY.replace(/"nextrequest":\s*"[^"]*"/, `"nextrequest": "${server.origin}/ky"`), { "content-type": "application/json" }));
  const source = await addFeedSource(editor, "ky-polled", { name: "AP Kentucky", format: "ap-json", url: `${server.origin}/ky`, intervalSeconds: 5, races: ["KY-18525"], createMissing: true });

  await poll();
  const races = await db.race.findMany({ where: { election: { slug: "ky-polled" } }, select: { slug: true, sourceKey: true, version: true } });
  expect(races.map((r) => r.sourceKey)).toEqual(["KY-18525"]);
  const bevin = await db.tally.aggregate({ _sum: { votes: true }, where: { candidacy: { candidate: { name: "Matt Bevin" }, race: { slug: races[0]!.slug } } } });
  expect(bevin._sum.votes).toBe(511_771);
  const change = await db.tallyChange.findFirstOrThrow({ where: { race: { slug: races[0]!.slug } } });
  expect(change).toMatchObject({ source: "feed", actorLabel: "Feed: AP Kentucky" });
  const row = await db.feedSource.findUniqueOrThrow({ where: { id: source.id } });
  expect([row.failures, row.lastError, row.lastChangeAt !== null]).toEqual([0, null, true]);

  await db.feedSource.update({ where: { id: source.id }, data: { nextFetchAt: new Date(Date.now() - 1) } });
  await poll();
  const snapshots = await db.feedSnapshot.findMany({ where: { sourceId: source.id }, orderBy: { receivedAt: "asc" }, select: { status: true, origin: true } });
  expect(snapshots).toEqual([
    { status: "applied", origin: "poller" },
    { status: "unchanged", origin: "poller" },
  ]);
  expect((await db.race.findFirstOrThrow({ where: { slug: races[0]!.slug }, select: { version: true } })).version).toBe(races[0]!.version);
});
