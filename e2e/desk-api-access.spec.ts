// Guards access control on every mutating API endpoint: anonymous callers get 401 and a role below
// the endpoint's get 403, with nothing changed. The table is checked against the route files, so a
// new endpoint without an entry here fails this spec. It also guards against cross-site request
// forgery: a write sent with an admin's cookie from another site is refused with 403 cross_origin,
// and a JSON write sent as text/plain (what a plain HTML form can send) with 415, nothing changed.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

type Role = "staff" | "editor" | "admin";
interface Endpoint {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  path: string;
  minRole: Role;
  body: unknown;
}

const endpoints: Endpoint[] = [
  { method: "PUT", route: "/api/v1/races/[slug]/units/[unitSlug]", path: "/api/v1/races/demo-county-clerk/units/district-1", minRole: "staff", body: { version: 0, votes: {} } },
  { method: "PATCH", route: "/api/v1/races/[slug]/units/[unitSlug]", path: "/api/v1/races/demo-county-clerk/units/district-1", minRole: "editor", body: { name: "Fulton" } },
  { method: "POST", route: "/api/v1/races/[slug]/units", path: "/api/v1/races/demo-county-clerk/units", minRole: "editor", body: { name: "Cobb", precinctsTotal: 3 } },
  { method: "PATCH", route: "/api/v1/races/[slug]", path: "/api/v1/races/demo-county-clerk", minRole: "editor", body: { seat: "District Five" } },
  { method: "POST", route: "/api/v1/elections", path: "/api/v1/elections", minRole: "editor", body: { name: "x", date: "2026-11-03", jurisdiction: "x" } },
  { method: "PATCH", route: "/api/v1/elections/[slug]", path: "/api/v1/elections/demo-county-2026-general", minRole: "editor", body: { name: "x" } },
  { method: "POST", route: "/api/v1/elections/[slug]/races", path: "/api/v1/elections/demo-county-2026-general/races", minRole: "editor", body: {} },
  { method: "PATCH", route: "/api/v1/candidates/[slug]", path: "/api/v1/candidates/priya-raman", minRole: "editor", body: { bio: "x" } },
  { method: "PUT", route: "/api/v1/candidates/[slug]/photo", path: "/api/v1/candidates/priya-raman/photo", minRole: "editor", body: "not an image" },
  { method: "PUT", route: "/api/v1/elections/[slug]/map-layer", path: "/api/v1/elections/demo-county-2026-general/map-layer?property=name", minRole: "editor", body: '{"type": "FeatureCollection", "features": []}' },
  { method: "DELETE", route: "/api/v1/elections/[slug]/map-layer", path: "/api/v1/elections/demo-county-2026-general/map-layer", minRole: "editor", body: "" },
  { method: "POST", route: "/api/v1/races/[slug]/call", path: "/api/v1/races/demo-county-clerk/call", minRole: "editor", body: { status: "too_close" } },
  { method: "POST", route: "/api/v1/races/[slug]/call/pending/confirm", path: "/api/v1/races/demo-county-clerk/call/pending/confirm", minRole: "editor", body: { id: "no-such-call" } },
  { method: "POST", route: "/api/v1/races/[slug]/call/pending/withdraw", path: "/api/v1/races/demo-county-clerk/call/pending/withdraw", minRole: "editor", body: { id: "no-such-call" } },
  { method: "POST", route: "/api/v1/import", path: "/api/v1/import?dryRun=1", minRole: "staff", body: "race,unit,candidate,votes\n" },
  { method: "POST", route: "/api/v1/elections/[slug]/feed-imports", path: "/api/v1/elections/demo-county-2026-general/feed-imports?format=ap-json&dryRun=1", minRole: "staff", body: '{"races": []}' },
  { method: "POST", route: "/api/v1/elections/[slug]/feeds", path: "/api/v1/elections/demo-county-2026-general/feeds", minRole: "editor", body: { name: "AP", format: "ap-json", url: "https://api.ap.org/v3/elections/2026-11-03" } },
  { method: "PATCH", route: "/api/v1/elections/[slug]/feeds/[id]", path: "/api/v1/elections/demo-county-2026-general/feeds/no-such-feed", minRole: "editor", body: { paused: true } },
  { method: "DELETE", route: "/api/v1/elections/[slug]/feeds/[id]", path: "/api/v1/elections/demo-county-2026-general/feeds/no-such-feed", minRole: "editor", body: "" },
  { method: "POST", route: "/api/v1/races/[slug]/candidates", path: "/api/v1/races/demo-county-clerk/candidates", minRole: "editor", body: { name: "Access Test" } },
  { method: "POST", route: "/api/v1/races/[slug]/candidates/[candidateSlug]/withdraw", path: "/api/v1/races/demo-county-clerk/candidates/no-such-candidate/withdraw", minRole: "editor", body: {} },
  { method: "POST", route: "/api/v1/races/[slug]/units/[unitSlug]/undo", path: "/api/v1/races/demo-county-clerk/units/district-1/undo", minRole: "staff", body: { expectedVersion: 0 } },
  { method: "POST", route: "/api/v1/races/[slug]/units/[unitSlug]/release-hold", path: "/api/v1/races/demo-county-clerk/units/district-1/release-hold", minRole: "staff", body: { version: 0 } },
  { method: "POST", route: "/api/v1/stories", path: "/api/v1/stories", minRole: "editor", body: { raceSlug: "demo-county-clerk", headline: "x", body: "x", expects: { kind: "called" } } },
  { method: "PATCH", route: "/api/v1/stories/[id]", path: "/api/v1/stories/no-such-story", minRole: "editor", body: { headline: "x" } },
  { method: "POST", route: "/api/v1/stories/[id]/publish", path: "/api/v1/stories/no-such-story/publish", minRole: "editor", body: {} },
  { method: "POST", route: "/api/v1/webhooks", path: "/api/v1/webhooks", minRole: "admin", body: { url: "https://hooks.example.org/results", events: ["race.called"] } },
  { method: "DELETE", route: "/api/v1/webhooks/[id]", path: "/api/v1/webhooks/no-such-webhook", minRole: "admin", body: "" },
  { method: "POST", route: "/api/v1/webhooks/[id]/test", path: "/api/v1/webhooks/no-such-webhook/test", minRole: "admin", body: {} },
  { method: "POST", route: "/api/v1/webhooks/[id]/deliveries/[deliveryId]/retry", path: "/api/v1/webhooks/no-such-webhook/deliveries/no-such-delivery/retry", minRole: "admin", body: {} },
];

function mutatingRoutes(dir = "app/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mutatingRoutes(path);
    if (entry.name !== "route.ts") return [];
    const route = "/" + relative("app", path).replace(/\/route\.ts$/, "");
    const source = readFileSync(path, "utf8");
    return [...source.matchAll(/export\s+(?:async\s+)?function\s+(POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${route}`);
  });
}

test("every mutating route is in the access table, and every entry is a real route", () => {
  const table = endpoints.map((e) => `${e.method} ${e.route}`).sort();
  expect(mutatingRoutes().sort()).toEqual(table);
});

const ROLE_BELOW: Record<Role, Role | null> = { staff: null, editor: "staff", admin: "editor" };

/** What the requests below target, as readers see it: unchanged after every refused write. */
async function snapshot(request: APIRequestContext): Promise<string[]> {
  // Only what these requests target: other specs change other races at the same time. Of the
  // page, what readers see: the order of the streamed data after it may vary between renders.
  const seen = await Promise.all(["/api/v1/races/demo-county-clerk", "/candidates/priya-raman"].map(
    async (path) => (await (await request.get(path)).text()).replace(/^[^]*?(<main[^]*<\/main>)[^]*$/, "$1"),
  ));
  const elections = (await (await request.get("/api/v1/elections")).json()).elections as { name: string }[];
  return [...seen, String(elections.some((e) => e.name === "x"))];
}

/** Whether the route reads a JSON body, so has a media type to refuse (publish, a test event and send again read none). */
const readsJson = (endpoint: Endpoint) => endpoint.body !== null && typeof endpoint.body === "object" && !/\/(publish|test|retry)$/.test(endpoint.route);

const contentType = (endpoint: Endpoint) =>
  typeof endpoint.body === "string" ? (endpoint.route.endsWith("photo") ? "image/png" : "text/csv") : "application/json";
const payload = (endpoint: Endpoint) => (typeof endpoint.body === "string" ? endpoint.body : JSON.stringify(endpoint.body));

for (const endpoint of endpoints) {
  test(`${endpoint.method} ${endpoint.route}: anonymous 401, a bad key 401${ROLE_BELOW[endpoint.minRole] ? `, ${ROLE_BELOW[endpoint.minRole]} 403` : ""}`, async ({ request }) => {
    const before = await snapshot(request);
    const send = (headers: Record<string, string>) =>
      request.fetch(endpoint.path, { method: endpoint.method, headers: { "content-type": contentType(endpoint), ...headers }, data: payload(endpoint) });

    const anonymous = await send({});
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).error.code).toBe("unauthenticated");
    expect((await send({ Authorization: "Bearer rd_not-a-real-key" })).status()).toBe(401);

    const below = ROLE_BELOW[endpoint.minRole];
    if (below) {
      const refused = await send(bearer(below));
      expect(refused.status()).toBe(403);
      expect((await refused.json()).error.code).toBe("forbidden");
    }
    expect(await snapshot(request)).toEqual(before);
  });

  test(`${endpoint.method} ${endpoint.route}: an admin's cookie from another site 403 cross_origin${readsJson(endpoint) ? ", text/plain 415" : ""}`, async ({ browser, request, checkApi }) => {
    const before = await snapshot(request);
    const admin = await browser.newContext({ storageState: STORAGE_STATE("admin") });
    checkApi(admin.request);
    try {
      const forgeries: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "https://blog.example.org", "sec-fetch-site": "same-site" }];
      for (const headers of forgeries) {
        const forged = await admin.request.fetch(endpoint.path, {
          method: endpoint.method,
          headers: { "content-type": endpoint.body !== null && typeof endpoint.body === "object" ? "text/plain" : contentType(endpoint), ...headers },
          data: payload(endpoint),
        });
        expect(forged.status()).toBe(403);
        expect((await forged.json()).error.code).toBe("cross_origin");
      }
    } finally {
      await admin.close();
    }
    if (readsJson(endpoint)) {
      const plain = await request.fetch(endpoint.path, { method: endpoint.method, headers: { "content-type": "text/plain", ...bearer("admin") }, data: payload(endpoint) });
      expect(plain.status()).toBe(415);
      expect((await plain.json()).error.code).toBe("unsupported_media_type");
    }
    expect(await snapshot(request)).toEqual(before);
  });
}

test("a write with the cookie from the desk's own origin is not refused as cross-site", async ({ browser, baseURL, checkApi }) => {
  const admin = await browser.newContext({ storageState: STORAGE_STATE("admin") });
  checkApi(admin.request);
  try {
    const own = await admin.request.post("/api/v1/stories/no-such-story/publish", { headers: { origin: baseURL!, "sec-fetch-site": "same-origin" } });
    expect([own.status(), (await own.json()).error.code]).toEqual([404, "not_found"]);
  } finally {
    await admin.close();
  }
});
