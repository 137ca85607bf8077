// Guards access control on every mutating API endpoint: anonymous callers get 401 and a role below
// the endpoint's get 403, with nothing changed. The table is checked against the route files, so a
// new endpoint without an entry here fails this spec.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { bearer } from "./api-keys";

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
  { method: "POST", route: "/api/v1/races/[slug]/call", path: "/api/v1/races/demo-county-clerk/call", minRole: "editor", body: { status: "too_close" } },
  { method: "POST", route: "/api/v1/import", path: "/api/v1/import?dryRun=1", minRole: "staff", body: "race,unit,candidate,votes\n" },
  { method: "POST", route: "/api/v1/stories", path: "/api/v1/stories", minRole: "editor", body: { raceSlug: "demo-county-clerk", headline: "x", body: "x", expects: { kind: "called" } } },
  { method: "PATCH", route: "/api/v1/stories/[id]", path: "/api/v1/stories/no-such-story", minRole: "editor", body: { headline: "x" } },
  { method: "POST", route: "/api/v1/stories/[id]/publish", path: "/api/v1/stories/no-such-story/publish", minRole: "editor", body: {} },
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

for (const endpoint of endpoints) {
  test(`${endpoint.method} ${endpoint.route}: anonymous 401, a bad key 401${ROLE_BELOW[endpoint.minRole] ? `, ${ROLE_BELOW[endpoint.minRole]} 403` : ""}`, async ({ request }) => {
    const snapshot = async () =>
      // Only what these requests target: other specs change other races at the same time. Of the
      // page, what readers see: the order of the streamed data after it may vary between renders.
      Promise.all(["/api/v1/races/demo-county-clerk", "/candidates/priya-raman"].map(
        async (path) => (await (await request.get(path)).text()).replace(/^[^]*?(<main[^]*<\/main>)[^]*$/, "$1"),
      ));
    const before = await snapshot();
    const send = (headers: Record<string, string>) =>
      request.fetch(endpoint.path, {
        method: endpoint.method,
        headers: { "content-type": typeof endpoint.body === "string" ? (endpoint.route.endsWith("photo") ? "image/png" : "text/csv") : "application/json", ...headers },
        data: typeof endpoint.body === "string" ? endpoint.body : JSON.stringify(endpoint.body),
      });

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
    expect(await snapshot()).toEqual(before);
    const elections = (await (await request.get("/api/v1/elections")).json()).elections as { name: string }[];
    expect(elections.map((e) => e.name)).not.toContain("x");
  });
}
