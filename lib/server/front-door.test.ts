// The front door's rules: it answers only plain GETs of the hot reader routes that the caches hold
// fresh, with the headers Next would send (a page's Content-Security-Policy naming the hashes of its
// inline scripts, stored with it), and leaves everything else to Next untouched.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, expect, test } from "vitest";
import { frontDoor } from "./front-door";

const handles = globalThis as unknown as Record<symbol, unknown>;
const READ_CACHE = Symbol.for("results-desk.read-cache");
const PAGE_CACHE = Symbol.for("results-desk.page-cache");

const raceJson = { text: JSON.stringify({ slug: "district-5", padding: "x".repeat(2_000) }), etag: '"abc"' };
/** The page cache's entries: one per path. */
const pages: Record<string, object> = { "/races/district-5": { kind: "APP_PAGE" }, "/embed/races/district-5": { kind: "APP_PAGE" } };
const html = `<!DOCTYPE html><html><body>${"District 5 ".repeat(300)}<script>self.__next_f.push([1])</script></body></html>`;
const scripts = ["'sha256-stored='"];

function cachesHold({ json = true, fresh = true } = {}) {
  handles[READ_CACHE] = { peek: (key: string) => (json && key === "race-json:district-5" ? { value: raceJson } : undefined) };
  handles[PAGE_CACHE] = {
    freshPage: (path: string) =>
      fresh && pages[path] ? { page: pages[path], html, scripts, status: 200, revalidate: 5, expire: 35 } : null,
  };
}
afterEach(() => {
  delete handles[READ_CACHE];
  delete handles[PAGE_CACHE];
});

function request(method: string, url: string, headers: Record<string, string> = {}) {
  const message = new IncomingMessage(new Socket());
  Object.assign(message, { method, url, headers });
  const response = new ServerResponse(message);
  const written = { status: 0, headers: {} as Record<string, unknown>, body: Buffer.alloc(0) };
  response.writeHead = ((status: number, headers: Record<string, unknown> = {}) => {
    written.status = status;
    written.headers = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    return response;
  }) as ServerResponse["writeHead"];
  response.end = ((chunk?: Buffer | string) => {
    if (chunk) written.body = Buffer.from(chunk);
    return response;
  }) as ServerResponse["end"];
  const answered = frontDoor(message, response);
  return { answered, status: written.status, header: (name: string) => written.headers[name], body: written.body };
}

test("a race's cached JSON is answered with its ETag, and a poller that has it gets a bodiless 304", () => {
  cachesHold();
  const full = request("GET", "/api/v1/races/district-5");
  expect(full).toMatchObject({ answered: true, status: 200 });
  expect(full.header("etag")).toBe('"abc"');
  expect(full.header("cache-control")).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=30");
  expect(full.header("x-frame-options")).toBe("DENY");
  expect(full.body.toString()).toBe(raceJson.text);

  const unchanged = request("GET", "/api/v1/races/district-5", { "if-none-match": '"abc"' });
  expect(unchanged).toMatchObject({ answered: true, status: 304 });
  expect(unchanged.body.byteLength).toBe(0);

  const zipped = request("GET", "/api/v1/races/district-5", { "accept-encoding": "gzip, br" });
  expect(zipped.header("content-encoding")).toBe("gzip");
  expect(gunzipSync(zipped.body).toString()).toBe(raceJson.text);
});

test("a fresh cached race page is answered as a cache hit; an embed may be framed", () => {
  cachesHold();
  const hit = request("GET", "/races/district-5");
  expect(hit).toMatchObject({ answered: true, status: 200 });
  expect(hit.header("x-nextjs-cache")).toBe("HIT");
  expect(hit.header("cache-control")).toBe("s-maxage=5, stale-while-revalidate=30");
  expect(hit.header("content-security-policy")).toContain("; script-src 'self' 'sha256-stored='; ");
  expect(hit.header("content-security-policy")).toMatch(/; frame-ancestors 'none'$/);
  expect(hit.header("x-frame-options")).toBe("DENY");
  expect(hit.header("strict-transport-security")).toBeUndefined();
  expect(hit.body.toString()).toBe(html);
  const unchanged = request("GET", "/races/district-5", { "if-none-match": String(hit.header("etag")) });
  expect(unchanged.status).toBe(304);
  expect(unchanged.header("content-security-policy")).toBe(hit.header("content-security-policy"));

  const embed = request("GET", "/embed/races/district-5");
  expect(embed.header("content-security-policy")).toContain("; script-src 'self' 'sha256-stored='; ");
  expect(embed.header("content-security-policy")).toMatch(/; frame-ancestors \*$/);
  expect(embed.header("x-frame-options")).toBeUndefined();
});

test("everything else is left to Next, untouched", () => {
  cachesHold({ json: false, fresh: false });
  expect(request("GET", "/api/v1/races/district-5").answered).toBe(false);
  expect(request("GET", "/races/district-5").answered).toBe(false);

  cachesHold();
  expect(request("PUT", "/api/v1/races/district-5").answered).toBe(false);
  expect(request("GET", "/api/v1/races/district-5?fields=all").answered).toBe(false);
  expect(request("GET", "/races/district-5", { rsc: "1" }).answered).toBe(false);
  expect(request("GET", "/newsroom/races/district-5").answered).toBe(false);
  expect(request("GET", "/races/%E0%A4%A").answered).toBe(false);

  delete handles[READ_CACHE];
  delete handles[PAGE_CACHE];
  expect(request("GET", "/api/v1/races/district-5").answered).toBe(false);
});

test("a unit's count (PUT) goes to the write handle with its body and headers, and comes back with Next's headers, marked", async () => {
  const { createServer } = await import("node:http");
  const PUT_UNIT_TALLY = Symbol.for("results-desk.put-unit-tally");
  const seen: { slugs: string[]; body: string; authorization: string | null }[] = [];
  handles[PUT_UNIT_TALLY] = async (req: Request, raceSlug: string, unitSlug: string) => {
    seen.push({ slugs: [raceSlug, unitSlug], body: await req.text(), authorization: req.headers.get("authorization") });
    return Response.json({ slug: raceSlug }, { status: 200 });
  };
  const server = createServer((req, res) => {
    if (!frontDoor(req, res)) res.writeHead(599).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  try {
    const put = await fetch(`http://127.0.0.1:${port}/api/v1/races/district-5/units/fulton`, {
      method: "PUT",
      headers: { authorization: "Bearer rd_key", "content-type": "application/json" },
      body: '{"version":1}',
    });
    expect(put.status).toBe(200);
    expect(put.headers.get("x-front-door")).toBe("write");
    expect(put.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await put.json()).toEqual({ slug: "district-5" });
    expect(seen).toEqual([{ slugs: ["district-5", "fulton"], body: '{"version":1}', authorization: "Bearer rd_key" }]);

    // A body past the limit reaches the command cut one byte beyond it, for the command to refuse (413).
    const oversize = await fetch(`http://127.0.0.1:${port}/api/v1/races/district-5/units/fulton`, { method: "PUT", body: "x".repeat(200_000) });
    expect(oversize.status).toBe(200);
    expect(seen.at(-1)!.body).toHaveLength(64 * 1024 + 1);

    // Everything else, including set-up (PATCH) and a query string, is Next's.
    const patch = await fetch(`http://127.0.0.1:${port}/api/v1/races/district-5/units/fulton`, { method: "PATCH", body: "{}" });
    expect(patch.status).toBe(599);
    const query = await fetch(`http://127.0.0.1:${port}/api/v1/races/district-5/units/fulton?x=1`, { method: "PUT", body: "{}" });
    expect(query.status).toBe(599);
  } finally {
    delete handles[PUT_UNIT_TALLY];
    server.close();
  }
});

test("front-door answers say so, and it matches If-None-Match as the API does: * names any body", () => {
  cachesHold();
  expect(request("GET", "/api/v1/races/district-5").header("x-front-door")).toBe("json");
  expect(request("GET", "/races/district-5").header("x-front-door")).toBe("page");
  expect(request("GET", "/api/v1/races/district-5", { "if-none-match": "*" })).toMatchObject({ answered: true, status: 304 });
  expect(request("GET", "/api/v1/races/district-5", { "if-none-match": 'W/"abc"' })).toMatchObject({ answered: true, status: 304 });
});
