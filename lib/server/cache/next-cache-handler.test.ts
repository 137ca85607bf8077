// The page cache handler's rules, called as Next calls it: an entry is kept until a command
// invalidates what it shows, a race's share image goes with its race, the front door finds a
// fresh page at its path, and a page is stored with the hashes of its inline scripts.
import { expect, test } from "vitest";
import { SCRIPT_HASHES_HEADER, scriptHashes } from "../content-security-policy.cjs";
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

interface PageCacheHandle {
  freshPage(path: string): { html: string; scripts: string[]; status: number } | null;
}
const pageCache = (globalThis as unknown as Record<symbol, PageCacheHandle>)[Symbol.for("results-desk.page-cache")]!;

/** What Next stores for a page, with the tags it gives it: the route's own first, the path last. */
function page(route: string, path: string, html: string) {
  const folders = route.split("/").slice(1, -1);
  const routeTags = ["/layout", ...folders.map((_, i) => `/${folders.slice(0, i + 1).join("/")}/layout`), `${route}`].map((tag) => `_N_T_${tag}`);
  return { kind: "APP_PAGE", html, status: 200, headers: { "x-next-cache-tags": [...routeTags, `_N_T_${path}`].join(",") } };
}

test("the front door finds a fresh page at its own path, an embed's included", async () => {
  for (const [route, path] of [
    ["/(public)/races/[slug]/page", "/races/district-7"],
    ["/embed/races/[slug]/page", "/embed/races/district-7"],
  ] as const) {
    const key = `/route-cache/APP_PAGE/x/$${path}`;
    await cache.get(key);
    await cache.set(key, page(route, path, `<html>${path}</html>`), { cacheControl });
    expect(pageCache.freshPage(path), path).toMatchObject({ html: `<html>${path}</html>`, status: 200 });
  }
  // "/embed/races/layout" is the embeds' folder, not a page.
  expect(pageCache.freshPage("/embed/races/layout")).toBeNull();

  invalidateTags(["race:district-7"]);
  expect(pageCache.freshPage("/races/district-7")).toBeNull();
  expect(pageCache.freshPage("/embed/races/district-7")).toBeNull();
});

test("a page is stored with the hashes of its inline scripts, in the headers Next sends with it", async () => {
  const html = '<html><script src="/_next/static/chunks/app.js"></script><script>self.__next_f.push([1,"a"])</script><script>$RC("B:0")</script></html>';
  const stored = page("/(public)/elections/[slug]/page", "/elections/atlanta-2017", html);
  const key = "/route-cache/APP_PAGE/x/$/elections/atlanta-2017";
  await cache.get(key);
  await cache.set(key, stored, { cacheControl });

  const hashes = scriptHashes(html);
  expect(hashes).toHaveLength(2);
  // The same headers object: the answer to the request that rendered the page carries them too.
  expect((stored.headers as Record<string, string>)[SCRIPT_HASHES_HEADER]).toBe(hashes.join(" "));
  expect(((await cache.get(key))?.value as typeof stored).headers).toHaveProperty(SCRIPT_HASHES_HEADER, hashes.join(" "));
  expect(pageCache.freshPage("/elections/atlanta-2017")?.scripts).toEqual(hashes);
});

test("an entry whose shape this handler does not know is not kept, and the first one is reported loudly", async () => {
  const errors: string[] = [];
  const original = console.error;
  console.error = (message: string) => void errors.push(message);
  try {
    const key = "/races/renamed";
    await cache.get(key);
    // A future Next that renamed the tags header: nothing could invalidate this page, so it is not kept.
    await cache.set(key, { kind: "APP_PAGE", html: "<p>x</p>", status: 200, headers: { "x-next-tags": "_N_T_/races/renamed" } }, { cacheControl });
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, { kind: "PAGES_PAGE", html: "<p>x</p>" }, { cacheControl });
    expect(await cache.get(key)).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/handed the page cache an entry without an x-next-cache-tags header.*not cached/s);
  } finally {
    console.error = original;
  }
});
