// The page cache over HTTP: reader pages are served from cache until a write changes what they
// show; a write re-renders its race's pages and JSON at once and leaves other races' cached pages
// alone. In the "live" project; it writes only to Demo County's sheriff race.
import type { APIRequestContext } from "@playwright/test";
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

test("a write re-renders its race's cached pages and JSON, and no other race's", async ({ request }) => {
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

  expect((await cacheState(request, `/races/${MAYOR}`)).cache).toBe("HIT");
  expect((await request.get(`/api/v1/races/${MAYOR}`, { headers: { "If-None-Match": mayorEtag } })).status()).toBe(304);
});
