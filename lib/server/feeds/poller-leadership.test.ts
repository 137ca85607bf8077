// Guards AP's quota across instances: on PostgreSQL only the instance holding the polling lock
// polls; when it stops, or dies (its connection cut), another takes over, and a leader that lost its
// connection stops polling rather than poll beside its successor. On SQLite the one process leads.
import { afterAll, beforeAll, expect, test } from "vitest";
import pg from "pg";
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { Actor } from "@/lib/server/auth/actor";
import { reply, startFeedServer, type FeedServer } from "@/lib/testing/feed-server";
import { createTestDatabase } from "@/lib/testing/test-database";
import { testDatabaseProvider } from "@/lib/testing/test-env";

process.env.FEED_ALLOWED_HOSTS = "127.0.0.1";
const database = createTestDatabase();
const { createElection } = await import("@/lib/server/commands/create-election");
const { addFeedSource } = await import("@/lib/server/commands/feed-sources");
const { FeedPoller } = await import("./poller");
const { advisoryLockLeadership, soleInstance } = await import("./poller-leadership");
const { feedHttpOptions } = await import("./feed-settings");

const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };
const onPostgresql = testDatabaseProvider() === "postgresql";

let server: FeedServer;
let sourceId: string;

beforeAll(async () => {
  server = await startFeedServer();
  server.route("/results.csv", reply(200, "county,precinct,office,district,party,candidate,votes\n"));
  await createElection(editor, { name: "Leader test", date: "2026-11-03", jurisdiction: "Demo County", slug: "leader-test" });
  sourceId = (await addFeedSource(editor, "leader-test", { name: "CSV", format: "openelections-csv", url: `${server.origin}/results.csv` })).id;
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

/** A candidate instance: its own leadership and its own count of what it polled. */
function candidate(name: string) {
  const polled: string[] = [];
  const apply = async (): Promise<FeedImportReport> => {
    polled.push(name);
    return { snapshotId: null, unchanged: true, dryRun: false, isTest: false, races: [], problems: [] };
  };
  const leadership = advisoryLockLeadership(database.url, { retryMs: 50 });
  return { polled, leadership, poller: new FeedPoller({ apply, leadership, http: feedHttpOptions(), apKey: undefined }) };
}

const makeDue = () => database.client.feedSource.update({ where: { id: sourceId }, data: { nextFetchAt: null } });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Both candidates try, the source made due before each round: who polls? */
async function rounds(count: number, ...candidates: ReturnType<typeof candidate>[]) {
  for (let i = 0; i < count; i++) {
    await makeDue();
    await pause(60);
    await Promise.all(candidates.map((c) => c.poller.pollDue()));
  }
}

test.runIf(onPostgresql)("only the instance holding the advisory lock polls; another takes over when it stops, and when it dies", async () => {
  const a = candidate("a");
  const b = candidate("b");
  await rounds(6, a, b);
  // Whichever asked first leads; the other never polls.
  const [leader, follower] = a.polled.length > 0 ? [a, b] : [b, a];
  expect(leader.polled).toHaveLength(6);
  expect(follower.polled).toEqual([]);

  // Stopped cleanly (a deploy): the lock is released and the other instance's next try takes it.
  await leader.poller.stop();
  await rounds(3, leader, follower);
  expect(leader.polled).toHaveLength(6);
  expect(follower.polled).toHaveLength(3);

  // Died: its connection is cut. PostgreSQL releases the lock; a third instance takes over, and the
  // old leader notices on its next round trip and stops.
  const third = candidate("third");
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'results-desk feed poller' AND pid <> pg_backend_pid()");
    expect(rowCount).toBe(1);
  } finally {
    await admin.end();
  }
  await rounds(3, follower, third);
  expect(follower.polled).toHaveLength(3);
  expect(third.polled).toEqual(["third", "third", "third"]);
  await Promise.all([follower.poller.stop(), third.poller.stop()]);
});

test.runIf(!onPostgresql)("on SQLite the one process leads", async () => {
  expect(await soleInstance.lead()).toBe(true);
  const polled: number[] = [];
  const poller = new FeedPoller({
    apply: async () => (polled.push(1), { snapshotId: null, unchanged: true, dryRun: false, isTest: false, races: [], problems: [] }),
    leadership: soleInstance,
    http: feedHttpOptions(),
    apKey: undefined,
  });
  await makeDue();
  await poller.pollDue();
  expect(polled).toEqual([1]);
});
