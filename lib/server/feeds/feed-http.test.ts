// The feed client's limits, against a real server on 127.0.0.1: what may be reached (the address
// rule, on every redirect too), how long it may take, how much it may send, and where the key goes.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { reply, startFeedServer, type FeedServer } from "@/lib/testing/feed-server";
import { FeedFetchError, feedGet, type FeedHttpOptions } from "./feed-http";

let server: FeedServer;
const options: FeedHttpOptions = { allowedHosts: ["127.0.0.1"], timeoutMs: 2_000, maxBytes: 64 * 1024 };

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
}

test("a GET asks for gzip and reads a gzipped answer; any status is an answer", async () => {
  server.route("/plain", (response, request) => {
    const gzip = String(request.headers["accept-encoding"]).includes("gzip");
    response.writeHead(200, { etag: '"v1"', ...(gzip && { "content-encoding": "gzip" }) }).end(gzip ? gzipSync("271066") : "271066");
  });
  const answer = await feedGet({ url: `${server.origin}/plain` }, options);
  expect([answer.status, Buffer.from(answer.body).toString(), answer.headers.etag]).toEqual([200, "271066", '"v1"']);
  expect(server.requests.at(-1)!.headers["accept-encoding"]).toBe("gzip");
  server.route("/not-modified", reply(304, "", { "content-encoding": "gzip", etag: '"v1"' }));
  expect((await feedGet({ url: `${server.origin}/not-modified`, headers: { "if-none-match": '"v1"' } }, options)).status).toBe(304);
  server.route("/quota", reply(403, "<Error><Message>Over quota limit</Message></Error>", { "content-type": "application/xml" }));
  expect((await feedGet({ url: `${server.origin}/quota` }, options)).status).toBe(403);
});

test("a body over the cap is refused while it streams: the server is cut off long before it is done", async () => {
  let written = 0;
  let closedEarly = false;
  server.route("/endless", (response) => {
    response.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const timer = setInterval(() => {
      if (written >= 50 * 1024 * 1024) return void (clearInterval(timer), response.end());
      written += chunk.length;
      response.write(chunk);
    }, 1);
    response.on("close", () => {
      clearInterval(timer);
      closedEarly = written < 50 * 1024 * 1024;
    });
  });
  const error = await failure(feedGet({ url: `${server.origin}/endless` }, options));
  expect([error.problem, error.message]).toEqual(["too_large", `The answer from ${server.origin.slice(7)} is larger than 64 KB: refused.`]);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(closedEarly).toBe(true);
  expect(written).toBeLessThan(2 * 1024 * 1024);
});

test("a declared length over the cap, and a small gzip that unpacks past it, are refused too", async () => {
  server.route("/declared", (response) => void response.writeHead(200, { "content-length": String(10 * 1024 * 1024) }).write("x"));
  expect((await failure(feedGet({ url: `${server.origin}/declared` }, options))).problem).toBe("too_large");
  const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
  expect(bomb.length).toBeLessThan(options.maxBytes);
  server.route("/bomb", reply(200, bomb, { "content-encoding": "gzip" }));
  expect((await failure(feedGet({ url: `${server.origin}/bomb` }, options))).problem).toBe("too_large");
});

test("a loopback or private address not in FEED_ALLOWED_HOSTS is refused before any request is sent", async () => {
  server.route("/secret", reply(200, "internal"));
  const before = server.requests.length;
  const literal = await failure(feedGet({ url: `${server.origin}/secret` }, { ...options, allowedHosts: [] }));
  expect([literal.problem, literal.message]).toEqual([
    "address",
    "127.0.0.1 is a loopback address (127.0.0.1): feeds may only reach public addresses unless the host is listed in FEED_ALLOWED_HOSTS.",
  ]);
  const named = await failure(feedGet({ url: `${server.origin.replace("127.0.0.1", "localhost")}/secret` }, options));
  expect(named.message).toMatch(/^localhost resolves to a loopback address \((127\.0\.0\.1|::1)\)/);
  // Refused on the address alone: nothing listens there, and nothing is sent.
  for (const url of ["http://10.0.0.1/results.json", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/", "http://[fd00::1]/"]) {
    expect((await failure(feedGet({ url }, options))).problem, url).toBe("address");
  }
  expect(server.requests.length).toBe(before);
  expect((await feedGet({ url: `${server.origin.replace("127.0.0.1", "localhost")}/secret` }, { ...options, allowedHosts: ["localhost"] })).status).toBe(200);
});

test("redirects are followed under the same check, and a secret header stays with its origin", async () => {
  const other = server.origin.replace("127.0.0.1", "localhost");
  server.route("/moved", reply(302, "", { location: "/landed" }));
  server.route("/landed", reply(200, "here"));
  server.route("/away", reply(307, "", { location: `${other}/landed` }));
  const moved = await feedGet({ url: `${server.origin}/moved`, secretHeaders: { "x-api-key": "k3y" } }, options);
  expect([moved.status, Buffer.from(moved.body).toString(), moved.url]).toEqual([200, "here", `${server.origin}/landed`]);
  expect(server.requests.at(-1)!.headers["x-api-key"]).toBe("k3y");

  const refused = await failure(feedGet({ url: `${server.origin}/away`, secretHeaders: { "x-api-key": "k3y" } }, options));
  expect(refused.message).toMatch(/^localhost resolves to a loopback address/);

  await feedGet({ url: `${server.origin}/away`, secretHeaders: { "x-api-key": "k3y" } }, { ...options, allowedHosts: ["127.0.0.1", "localhost"] });
  expect(server.requests.at(-1)!.headers.host).toMatch(/^localhost:/);
  expect(server.requests.at(-1)!.headers["x-api-key"]).toBeUndefined();

  server.route("/loop", reply(302, "", { location: "/loop" }));
  expect((await failure(feedGet({ url: `${server.origin}/loop` }, options))).problem).toBe("redirect");
  server.route("/to-file", reply(302, "", { location: "file:///etc/passwd" }));
  expect((await failure(feedGet({ url: `${server.origin}/to-file` }, options))).problem).toBe("redirect");
});

test("a server that does not answer, or answers too slowly, times out in words", async () => {
  server.route("/silent", () => {});
  server.route("/trickle", (response) => {
    response.writeHead(200);
    const timer = setInterval(() => response.write("."), 50);
    response.on("close", () => clearInterval(timer));
  });
  for (const path of ["/silent", "/trickle"]) {
    const started = Date.now();
    const error = await failure(feedGet({ url: `${server.origin}${path}` }, { ...options, timeoutMs: 300 }));
    expect([error.problem, error.message]).toEqual(["timeout", `${server.origin.slice(7)} did not answer within 300 ms.`]);
    expect(Date.now() - started).toBeLessThan(1_500);
  }
});

test("only http(s) URLs are fetched; a closed port is a network failure in words", async () => {
  expect((await failure(feedGet({ url: "ftp://127.0.0.1/x" }, options))).problem).toBe("url");
  expect((await failure(feedGet({ url: "not a url?apiKey=s3cret" }, options))).message).not.toContain("s3cret");
  const closed = await failure(feedGet({ url: "http://127.0.0.1:9/" }, options));
  expect([closed.problem, closed.message]).toEqual(["network", "Could not reach 127.0.0.1:9: the connection was refused."]);
});
