// The feed sources' API: staff may read the sources and their state, editors add, change and
// remove them (staff 403, anonymous 401 on every method), and every answer, refusals included,
// matches the OpenAPI document for its operation and status.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import { OpenApiCheck } from "@/lib/testing/openapi-check";

const database = createTestDatabase();
const feeds = await import("./route");
const source = await import("./[id]/route");
const { createUser, createApiKey } = await import("@/lib/server/commands/accounts");
const { createElection } = await import("@/lib/server/commands/create-election");
const { COMMAND_LINE } = await import("@/lib/server/auth/actor");
const { openApiDocument } = await import("@/lib/server/openapi/document");

const ELECTION = "api-feeds-2026";
const keys: Record<"staff" | "editor", string> = { staff: "", editor: "" };
const check = new OpenApiCheck(openApiDocument());

beforeAll(async () => {
  await createElection(COMMAND_LINE, { name: "API feeds", date: "2026-11-03", jurisdiction: "Demo County", slug: ELECTION });
  for (const role of ["staff", "editor"] as const) {
    await createUser(COMMAND_LINE, { email: `${role}@example.org`, name: `A ${role}`, role });
    keys[role] = (await createApiKey(COMMAND_LINE, { email: `${role}@example.org` })).key;
  }
});
afterAll(() => database.remove());

type Who = "staff" | "editor" | "anonymous";

async function call(method: "GET" | "POST" | "PATCH" | "DELETE", who: Who, body?: unknown, id?: string, slug = ELECTION) {
  const path = `/api/v1/elections/${slug}/feeds${id ? `/${id}` : ""}`;
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: { ...(who !== "anonymous" && { authorization: `Bearer ${keys[who]}` }), ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const response = id
    ? await (method === "PATCH" ? source.PATCH : source.DELETE)(request, { params: Promise.resolve({ slug, id }) })
    : await (method === "GET" ? feeds.GET : feeds.POST)(request, { params: Promise.resolve({ slug }) });
  const text = await response.text();
  expect(check.problems({ method, path, status: response.status, contentType: response.headers.get("content-type"), body: text }), `${method} ${path}`).toEqual([]);
  return { status: response.status, json: JSON.parse(text) };
}

const NEW_SOURCE = { name: "Georgia", format: "clarity-xml", url: "https://results.enr.clarityelections.com/GA/105369/", intervalSeconds: 60, races: ["President of the United States"] };

test("an editor adds, lists, pauses and removes a source; staff may list; each answer as documented", async () => {
  const added = await call("POST", "editor", NEW_SOURCE);
  expect(added.status).toBe(201);
  expect(added.json).toMatchObject({ ...NEW_SOURCE, paused: false, failures: 0, snapshotCount: 0, latestSnapshots: [] });

  const listed = await call("GET", "staff");
  expect([listed.status, listed.json.election, listed.json.sources.map((s: { id: string }) => s.id)]).toEqual([200, ELECTION, [added.json.id]]);

  const paused = await call("PATCH", "editor", { paused: true }, added.json.id);
  expect([paused.status, paused.json.paused]).toEqual([200, true]);

  expect(await call("DELETE", "editor", undefined, added.json.id)).toEqual({ status: 200, json: { id: added.json.id, removed: true } });
  expect((await call("GET", "editor")).json.sources).toEqual([]);
});

test("staff get 403 and anonymous callers 401 from every write; anonymous callers cannot list", async () => {
  const { json } = await call("POST", "editor", { ...NEW_SOURCE, name: "Kept" });
  for (const who of ["staff", "anonymous"] as const) {
    const status = who === "staff" ? 403 : 401;
    expect((await call("POST", who, NEW_SOURCE)).status).toBe(status);
    expect((await call("PATCH", who, { paused: true }, json.id)).status).toBe(status);
    expect((await call("DELETE", who, undefined, json.id)).status).toBe(status);
  }
  expect((await call("GET", "anonymous")).status).toBe(401);
  expect((await call("GET", "editor")).json.sources.map((s: { name: string; paused: boolean }) => [s.name, s.paused])).toEqual([["Kept", false]]);
});

test("bad input is 422 with its field, the wrong shape 400, an unknown election or source 404", async () => {
  const refused = await call("POST", "editor", { ...NEW_SOURCE, intervalSeconds: 10 });
  expect([refused.status, refused.json.error.code, refused.json.error.fields]).toEqual([422, "invalid", { intervalSeconds: "must be at least 30 seconds for clarity-xml sources" }]);
  expect((await call("POST", "editor", { ...NEW_SOURCE, url: "gopher://example.org/" })).json.error.fields).toHaveProperty("url");
  expect((await call("POST", "editor", { ...NEW_SOURCE, createMissing: "yes" })).status).toBe(400);
  expect((await call("GET", "staff", undefined, undefined, "no-such-election")).status).toBe(404);
  expect((await call("PATCH", "editor", { paused: true }, "no-such-source")).status).toBe(404);
});
