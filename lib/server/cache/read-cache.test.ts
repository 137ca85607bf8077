// The read cache's rules: a value is served until one of its tags is invalidated, readers asking at
// once share one read, and nothing read before a write outlives the write.
import { expect, test } from "vitest";
import { cachedRead } from "./read-cache";
import { invalidateTags } from "./tag-clock.cjs";

let counter = 0;
const uniqueKey = () => `test-${++counter}`;

function counted<T>(value: () => T) {
  const loader = { calls: 0, load: async () => (loader.calls++, value()) };
  return loader;
}

test("a value is read once and served until one of its tags is invalidated", async () => {
  const key = uniqueKey();
  let votes = 100;
  const loader = counted(() => votes);
  const read = () => cachedRead({ key, tags: ["race:a"], load: loader.load });

  expect(await read()).toBe(100);
  votes = 150;
  expect(await read()).toBe(100);
  expect(loader.calls).toBe(1);

  invalidateTags(["race:b"]);
  expect(await read()).toBe(100);
  invalidateTags(["race:a"]);
  expect(await read()).toBe(150);
  expect(loader.calls).toBe(2);
});

test("tags learnt from the value invalidate it too", async () => {
  const key = uniqueKey();
  const loader = counted(() => ({ runs: ["race:c1", "race:c2"] }));
  const read = () => cachedRead({ key, tags: ["candidate:c"], load: loader.load, tagsOf: (value) => value.runs });
  await read();
  await read();
  invalidateTags(["race:c2"]);
  await read();
  expect(loader.calls).toBe(2);
});

test("readers asking at the same moment share one read", async () => {
  const key = uniqueKey();
  const loader = counted(() => "result");
  const results = await Promise.all(Array.from({ length: 50 }, () => cachedRead({ key, tags: ["race:d"], load: loader.load })));
  expect(new Set(results)).toEqual(new Set(["result"]));
  expect(loader.calls).toBe(1);
});

test("a read that began before a write is not kept, and later readers do not share it", async () => {
  const key = uniqueKey();
  let release!: () => void;
  const slow = new Promise<void>((resolve) => (release = resolve));
  let votes = 100;
  const load = async () => {
    const seen = votes;
    await slow;
    return seen;
  };

  const early = cachedRead({ key, tags: ["race:e"], load });
  votes = 200;
  invalidateTags(["race:e"]);
  const late = cachedRead({ key, tags: ["race:e"], load: async () => votes });
  release();

  expect(await early).toBe(100);
  expect(await late).toBe(200);
  expect(await cachedRead({ key, tags: ["race:e"], load: async () => -1 })).toBe(200);
});

test("a failed read is not kept: the next reader tries again", async () => {
  const key = uniqueKey();
  await expect(cachedRead({ key, tags: ["race:f"], load: async () => Promise.reject(new Error("database is locked")) })).rejects.toThrow("locked");
  expect(await cachedRead({ key, tags: ["race:f"], load: async () => "recovered" })).toBe("recovered");
});
