// The page cache over HTTP: reader pages and share images are served from cache until a write
// changes what they show; a write re-renders its race's pages, image and JSON at once and leaves
// other races' cached pages alone. In the "live" project; it writes only to Demo County's sheriff
// race.
import type { APIRequestContext } from "@playwright/test";
import { PUBLIC_CACHE_CONTROL } from "../lib/server/response-headers.cjs";
import { bearer } from "./api-keys";
import { expect, test } from "./openapi-check";

const SHERIFF = "demo-county-sheriff";
const MAYOR = "demo-county-mayor";
const ELECTION = "/elections/demo-county-2026-general";

interface RaceJson {
  candidates: { slug: string; votes: number }[];
  units: { slug: string; version: number; votes: Record<string, number> }[];
}

async function cacheState(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return { cache: response.headers()["x-nextjs-cache"], html: await response.text() };
}

/** A race's share image, at the address its page gives (Next suffixes the image's path with a hash). */
async function shareImage(request: APIRequestContext, racePath: string) {
  const url = /<meta property="og:image" content="([^"]+)"/.exec((await cacheState(request, racePath)).html)?.[1];
  expect(url, racePath).toBeDefined();
  return async () => {
    const response = await request.get(url!);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toBe(PUBLIC_CACHE_CONTROL);
    return { cache: response.headers()["x-nextjs-cache"], png: await response.body() };
  };
}

test("a write re-renders its race's cached pages, image and JSON, and no other race's", async ({ request }) => {
  // Images first: the first picture a server draws takes seconds (next/og loads its font).
  const sheriffImage = await shareImage(request, `/races/${SHERIFF}`);
  const mayorImage = await shareImage(request, `/races/${MAYOR}`);
  for (const image of [sheriffImage, mayorImage]) {
    await image();
    // The second request draws nothing: the picture comes from the page cache.
    expect((await image()).cache).toBe("HIT");
  }
  const sheriffBefore = (await sheriffImage()).png;

  const pages = [`/races/${SHERIFF}`, `/embed/races/${SHERIFF}`, ELECTION, `/races/${MAYOR}`];
  for (const path of pages) {
    await request.get(path);
    expect((await cacheState(request, path)).cache, path).toBe("HIT");
  }
  const mayorJson = await request.get(`/api/v1/races/${MAYOR}`);
  const mayorEtag = mayorJson.headers()["etag"]!;
  expect(mayorJson.headers()["cache-control"]).toContain("s-maxage=5");

  const race: RaceJson = await (await request.get(`/api/v1/races/${SHERIFF}`)).json();
  const unit = race.units.find((u) => u.slug === "district-1")!;
  const write = await request.put(`/api/v1/races/${SHERIFF}/units/district-1`, {
    headers: bearer("staff"),
    data: { version: unit.version, votes: { "marcus-bell": unit.votes["marcus-bell"]! + 1_111 } },
  });
  expect(write.status()).toBe(200);
  const total = ((await write.json()) as RaceJson).candidates.find((c) => c.slug === "marcus-bell")!.votes;
  const shown = total.toLocaleString("en-US");

  for (const path of [`/races/${SHERIFF}`, `/embed/races/${SHERIFF}`]) {
    const after = await cacheState(request, path);
    expect(after.cache, path).not.toBe("HIT");
    expect(after.html, path).toContain(shown);
  }
  expect((await (await request.get(`/api/v1/races/${SHERIFF}`)).json()).candidates.find((c: { slug: string }) => c.slug === "marcus-bell").votes).toBe(total);
  expect((await cacheState(request, ELECTION)).cache).not.toBe("HIT");
  const sheriffAfter = await sheriffImage();
  expect(sheriffAfter.cache).not.toBe("HIT");
  expect(sheriffAfter.png.equals(sheriffBefore)).toBe(false);
  expect((await sheriffImage()).cache).toBe("HIT");

  expect((await cacheState(request, `/races/${MAYOR}`)).cache).toBe("HIT");
  // Not dropped by the write; past 5 s it may be STALE (re-drawn in the background on the timer).
  expect((await mayorImage()).cache).not.toBe("MISS");
  expect((await request.get(`/api/v1/races/${MAYOR}`, { headers: { "If-None-Match": mayorEtag } })).status()).toBe(304);
});
