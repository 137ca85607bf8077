// The page cache handler's rules, called as Next calls it: an entry is kept until a command
// invalidates what it shows, and a race's share image goes with its race.
import { expect, test } from "vitest";
import ReaderPageCache from "./next-cache-handler.cjs";
import { invalidateTags } from "./tag-clock.cjs";

const cache = new ReaderPageCache();
const cacheControl = { revalidate: 5, expire: 35 };

/** What Next stores for an image route: the PNG bytes and the tags of the path it answered. */
function raceImage(slug: string) {
  const tags = ["_N_T_/layout", "_N_T_/(public)/races/[slug]/opengraph-image-w7f08z/route", `_N_T_/races/${slug}/opengraph-image-w7f08z`];
  return { kind: "APP_ROUTE", status: 200, body: Buffer.from(`PNG of ${slug}`), headers: { "content-type": "image/png", "x-next-cache-tags": tags.join(",") } };
}

test("a race's share image is drawn once and kept until a write to that race", async () => {
  const key = "/route-cache/APP_ROUTE/x/$/races/district-5/opengraph-image-w7f08z";
  expect(await cache.get(key)).toBeNull();
  await cache.set(key, raceImage("district-5"), { cacheControl });

  // A second request finds the drawn picture: nothing is drawn again.
  expect(await cache.get(key)).toMatchObject({ value: { kind: "APP_ROUTE", body: Buffer.from("PNG of district-5") } });
  invalidateTags(["race:district-6", "election:atlanta-2017"]);
  expect(await cache.get(key)).not.toBeNull();

  invalidateTags(["race:district-5"]);
  expect(await cache.get(key)).toBeNull();
});

test("set-up changes drop share images with everything else", async () => {
  const key = "/route-cache/APP_ROUTE/x/$/races/mayor/opengraph-image-w7f08z";
  await cache.get(key);
  await cache.set(key, raceImage("mayor"), { cacheControl });
  invalidateTags(["everything"]);
  expect(await cache.get(key)).toBeNull();
});
