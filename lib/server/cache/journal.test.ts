// Integration tests of the invalidation journal against a real database: what one instance
// invalidates is written for the others, and what the others wrote is applied here.
import { afterAll, expect, test, vi } from "vitest";
import pg from "pg";
import { createTestDatabase } from "@/lib/testing/test-database";
import { testDatabaseProvider } from "@/lib/testing/test-env";

const database = createTestDatabase();
const onPostgresql = testDatabaseProvider() === "postgresql";
const { applySharedInvalidations, shareInvalidation } = await import("./journal");
const { INVALIDATION_CHANNEL, listenForInvalidations } = await import("./journal-listener");
const { cachedRead } = await import("./read-cache");

afterAll(() => database.remove());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("tags invalidated here are written once, in one row, for the other instances", async () => {
  shareInvalidation(["race:a", "election:e"]);
  shareInvalidation(["race:a", "home"]);
  await wait(300);
  const rows = await database.client.cacheInvalidation.findMany();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.tags.split("\n").sort()).toEqual(["election:e", "home", "race:a"]);
});

test("another copy of this module in the same process (Next bundles it once per layer) is this instance: its rows are not applied again", async () => {
  vi.resetModules();
  const otherCopy = await import("./journal");
  expect(otherCopy.shareInvalidation).not.toBe(shareInvalidation);
  const follower = { lastId: 0, applied: new Set<number>(), lastPrune: Date.now() };
  await applySharedInvalidations(follower);

  otherCopy.shareInvalidation(["race:written-by-another-copy"]);
  await otherCopy.flushSharedInvalidations();
  expect(await database.client.cacheInvalidation.count({ where: { tags: "race:written-by-another-copy" } })).toBe(1);
  expect(await applySharedInvalidations(follower)).toBe(0);
});

test("another instance's invalidation makes this instance read again, once; its own rows are skipped", async () => {
  let votes = 100;
  const read = () => cachedRead({ key: "journal-test", tags: ["race:remote"], load: async () => votes });
  const follower = { lastId: 0, applied: new Set<number>(), lastPrune: Date.now() };
  await applySharedInvalidations(follower);
  expect(await read()).toBe(100);

  votes = 150;
  await database.client.cacheInvalidation.create({ data: { origin: "another-instance", tags: "race:other\nrace:remote" } });
  expect(await read()).toBe(100);
  expect(await applySharedInvalidations(follower)).toBe(1);
  expect(await read()).toBe(150);

  votes = 200;
  expect(await applySharedInvalidations(follower)).toBe(0);
  expect(await read()).toBe(150);
});

test.runIf(onPostgresql)("on PostgreSQL each row is announced: a listener hears another instance's at once, not its own, and catches up after its connection is cut", async () => {
  let news = 0;
  const listener = listenForInvalidations(database.url, "this-instance", () => news++);
  // Listening: it reads what it may have missed before.
  await expect.poll(() => news).toBe(1);

  shareInvalidation(["race:announced"]);
  await expect.poll(() => news, { timeout: 1_000 }).toBe(2);
  const rows = await database.client.cacheInvalidation.findMany({ where: { tags: "race:announced" } });
  expect(rows).toHaveLength(1);

  const other = new pg.Client({ connectionString: database.url });
  await other.connect();
  try {
    await other.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, "this-instance"]);
    await wait(200);
    expect(news).toBe(2);

    // The listening connection dies (a failover, a proxy's idle cut): it comes back and catches up.
    const { rowCount } = await other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'results-desk invalidations' AND datname = current_database()");
    expect(rowCount).toBe(1);
    await expect.poll(() => news, { timeout: 5_000 }).toBe(3);
    await other.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, "another-instance"]);
    await expect.poll(() => news, { timeout: 1_000 }).toBe(4);
  } finally {
    await other.end();
    await listener.stop();
  }
});
