// The front door: answers the election-night hot reads (a race page, a race's JSON, a poller's 304)
// straight from the caches when they hold a fresh copy, before the request reaches Next. Next
// still renders and reads everything the first time, and whenever a command has invalidated it;
// this only skips Next's routing and rendering machinery for a copy Next would serve unchanged.
// It opens the public event streams itself (lib/server/events): a stream is a long-lived response
// that Next's machinery would hold a request's worth of state for, for hours, per reader.
// It also hands the hottest write, a unit's count (PUT …/units/{unitSlug}), straight to the
// function its route handler calls, which spares automation's writes Next's routing.
//
// It runs in server.ts, outside Next's bundles, and reaches the caches and the write through the
// handles they register on globalThis (read-cache.ts, next-cache-handler.cjs, put-unit-tally.ts).
// Until they exist, or for anything it does not recognise, it answers nothing and Next takes the
// request.
//
// A page goes out with the Content-Security-Policy Next would send with it: the one naming the
// hashes of its inline scripts, stored with the page.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { pagePolicy } from "./content-security-policy.cjs";
import { CACHED_PAGE, etagMatches as headerNamesEtag, EVENT_ROUTES, EVENT_STREAM_HEADERS, FRONT_DOOR_HEADER, HANDLES, JSON_BODY_LIMIT_BYTES, JSON_ROUTES } from "./cache/contract.cjs";
import { headersFor, PUBLIC_CACHE_CONTROL } from "./response-headers.cjs";

interface JsonEntry {
  text: string;
  etag: string;
}
interface FreshPage {
  page: object;
  html: string;
  /** The hash sources of the page's inline scripts. */
  scripts: string[];
  status: number;
  revalidate: number;
  expire: number;
}
interface ReadCacheHandle {
  peek(key: string): { value: unknown } | undefined;
}
interface PageCacheHandle {
  freshPage(path: string): FreshPage | null;
}
type PutUnitTally = (request: Request, raceSlug: string, unitSlug: string) => Promise<Response>;
interface StreamSink {
  write(chunk: Buffer): void;
  end(): void;
  backlog(): number;
}
interface EventStreamsHandle {
  subscribe(kind: "race" | "election", slug: string, lastEventId: string | null, sink: StreamSink): Promise<{ unsubscribe(): void } | null>;
}

/** What Next's router adds to every page and route answer. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
/** Requests made by Next's client router want the page's RSC payload, not its HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

const UNIT_TALLY_ROUTE = /^\/api\/v1\/races\/([^/]+)\/units\/([^/]+)$/;

const handle = <T>(name: keyof typeof HANDLES) => (globalThis as unknown as Record<symbol, T | undefined>)[HANDLES[name]];

/** Compressed bodies, made once per cached body. */
const gzipped = new WeakMap<object, Buffer>();
const pageEtags = new WeakMap<object, string>();
const pagePolicies = new WeakMap<object, string>();

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
}

function etagMatches(request: IncomingMessage, etag: string): boolean {
  return headerNamesEtag(request.headers["if-none-match"], etag);
}

function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string>, body: string, owner: object) {
  if (acceptsGzip(request) && body.length > 1024) {
    let compressed = gzipped.get(owner);
    if (!compressed) gzipped.set(owner, (compressed = gzipSync(body)));
    response.writeHead(status, { ...headers, "Content-Encoding": "gzip", "Content-Length": compressed.byteLength });
    response.end(compressed);
  } else {
    response.writeHead(status, { ...headers, "Content-Length": Buffer.byteLength(body) });
    response.end(body);
  }
}

function answerJson(request: IncomingMessage, response: ServerResponse, pathname: string, key: string): boolean {
  const cached = handle<ReadCacheHandle>("readCache")?.peek(key);
  // A cached null is an unknown slug: Next answers those with the error envelope.
  const entry = cached?.value as JsonEntry | null | undefined;
  if (!entry) return false;
  const headers = { ...headersFor(pathname), Vary: VARY, "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: entry.etag, [FRONT_DOOR_HEADER]: "json" };
  if (etagMatches(request, entry.etag)) {
    response.writeHead(304, headers);
    response.end();
  } else {
    send(request, response, 200, { ...headers, "Content-Type": "application/json; charset=utf-8" }, entry.text, entry);
  }
  return true;
}

function answerPage(request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  const fresh = handle<PageCacheHandle>("pageCache")?.freshPage(pathname);
  if (!fresh) return false;
  let etag = pageEtags.get(fresh.page);
  if (!etag) pageEtags.set(fresh.page, (etag = `"${createHash("sha1").update(fresh.html).digest("base64url")}"`));
  let policy = pagePolicies.get(fresh.page);
  if (!policy) pagePolicies.set(fresh.page, (policy = pagePolicy(pathname, fresh.scripts)));
  const headers = {
    ...headersFor(pathname),
    "Content-Security-Policy": policy,
    Vary: VARY,
    "x-nextjs-cache": "HIT",
    [FRONT_DOOR_HEADER]: "page",
    "Cache-Control": `s-maxage=${fresh.revalidate}, stale-while-revalidate=${Math.max(fresh.expire - fresh.revalidate, 0)}`,
    ETag: etag,
  };
  if (etagMatches(request, etag)) {
    response.writeHead(304, headers);
    response.end();
  } else {
    send(request, response, fresh.status, { ...headers, "Content-Type": "text/html; charset=utf-8" }, fresh.html, fresh.page);
  }
  return true;
}

async function openEventStream(request: IncomingMessage, response: ServerResponse, pathname: string, streams: EventStreamsHandle, kind: "race" | "election", slug: string) {
  const sink: StreamSink = {
    write: (chunk) => {
      if (!response.headersSent) response.writeHead(200, { ...headersFor(pathname), ...EVENT_STREAM_HEADERS, [FRONT_DOOR_HEADER]: "events" });
      response.write(chunk);
    },
    end: () => response.end(),
    backlog: () => response.writableLength,
  };
  const lastEventId = request.headers["last-event-id"];
  const subscription = await streams.subscribe(kind, slug, typeof lastEventId === "string" ? lastEventId : null, sink);
  if (!subscription) {
    const body = JSON.stringify({ error: { code: "not_found", message: `The ${kind} was not found.` } });
    response.writeHead(404, { ...headersFor(pathname), "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
    response.end(body);
    return;
  }
  // The reader may have left while the first state was read.
  if (response.destroyed) return subscription.unsubscribe();
  response.once("close", () => subscription.unsubscribe());
  request.socket.setNoDelay(true);
}

function answerEvents(request: IncomingMessage, response: ServerResponse, pathname: string, kind: "race" | "election", slug: string): boolean {
  const streams = handle<EventStreamsHandle>("eventStreams");
  if (!streams) return false;
  openEventStream(request, response, pathname, streams, kind, slug).catch((error: unknown) => {
    console.error("Front door: could not open an event stream", error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "application/json" });
    response.end();
  });
  return true;
}

/**
 * The body, read here into one buffer: a web stream over the Node request (Readable.toWeb) cost each
 * write about 0.3 ms. A body past the limit is cut one byte beyond it, which the command refuses
 * with 413 once it has checked who is asking; the rest is read and dropped.
 */
function bodyOf(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks).subarray(0, JSON_BODY_LIMIT_BYTES + 1));
    request.on("data", (chunk: Buffer) => {
      if (size > JSON_BODY_LIMIT_BYTES) return;
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > JSON_BODY_LIMIT_BYTES) done();
    });
    request.on("end", done);
    request.on("error", reject);
  });
}

async function webRequest(request: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = `http://${request.headers.host ?? "localhost"}${request.url}`;
  return new Request(url, { method: request.method, headers, body: new Uint8Array(await bodyOf(request)) });
}

async function answerUnitTally(request: IncomingMessage, response: ServerResponse, pathname: string, put: PutUnitTally, [raceSlug, unitSlug]: string[]) {
  try {
    const answer = await put(await webRequest(request), raceSlug!, unitSlug!);
    const body = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, { ...headersFor(pathname), ...Object.fromEntries(answer.headers), "Content-Length": body.byteLength, [FRONT_DOOR_HEADER]: "write" });
    response.end(body);
  } catch (error) {
    console.error("Front door: unit tally write failed", error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } }));
  }
}

function frontDoorWrite(request: IncomingMessage, response: ServerResponse): boolean {
  const put = handle<PutUnitTally>("putUnitTally");
  if (!put || !request.url || request.url.includes("?")) return false;
  const pathname = request.url;
  const match = UNIT_TALLY_ROUTE.exec(pathname);
  if (!match) return false;
  let slugs: string[];
  try {
    slugs = match.slice(1).map((part) => decodeURIComponent(part));
  } catch {
    return false;
  }
  void answerUnitTally(request, response, pathname, put, slugs);
  return true;
}

/** Answers the request from the caches and returns true, or returns false and writes nothing. */
export function frontDoor(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method === "PUT") return frontDoorWrite(request, response);
  if (request.method !== "GET" || !request.url || request.url.includes("?")) return false;
  let pathname: string;
  try {
    pathname = decodeURIComponent(request.url);
  } catch {
    return false;
  }
  for (const route of JSON_ROUTES) {
    const match = route.path.exec(pathname);
    if (match) return answerJson(request, response, pathname, route.key(match[1]!));
  }
  for (const route of EVENT_ROUTES) {
    const match = route.path.exec(pathname);
    if (match) return answerEvents(request, response, pathname, route.kind, match[1]!);
  }
  return CACHED_PAGE.test(pathname) && answerPage(request, response, pathname);
}
