// Integration tests of the invalidation journal against a real database: what one instance
// invalidates is written for the others, and what the others wrote is applied here.
import { afterAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { applySharedInvalidations, shareInvalidation } = await import("./journal");
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
