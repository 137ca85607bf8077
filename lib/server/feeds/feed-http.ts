import "server-only";
// The one way the pollers reach a feed: a GET with a deadline, a size cap counted while the body
// streams in (compressed and decompressed), gzip, and the address rule of feed-address.ts checked
// on every connection, at the moment it is made. The check runs in the socket's own DNS lookup, so
// a host cannot resolve to a public address for a check and a private one for the connection, and
// every redirect's host is checked the same way. Redirects are followed by hand (at most 5); headers
// marked secret (the AP key) go only to the origin of the first request.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Transform } from "node:stream";
import { refusedAddress } from "@/lib/domain/feeds/feed-address";
import { withoutKey } from "@/lib/domain/feeds/feed-request-url";

export interface FeedHttpOptions {
  /** Hosts that may resolve to private, loopback, link-local or unique-local addresses. */
  allowedHosts: readonly string[];
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** The most bytes a body may hold, compressed or not. */
  maxBytes: number;
}

export interface FeedRequest {
  url: string;
  headers?: Record<string, string>;
  /** Sent to the first request's origin only, never after a redirect elsewhere. */
  secretHeaders?: Record<string, string>;
}

export interface FeedResponse {
  status: number;
  /** Where the answer came from, after redirects, without any key. */
  url: string;
  /** Lowercased names; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
}

export type FeedFetchProblem = "address" | "timeout" | "too_large" | "network" | "url" | "redirect";

/** A fetch that failed before a status could be read, with a sentence for the desk. */
export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly problem: FeedFetchProblem,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

const MAX_REDIRECTS = 5;

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "the host name was not found",
  EAI_AGAIN: "the host name could not be looked up just now",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  ETIMEDOUT: "the connection timed out",
  EPIPE: "the connection was closed",
  Z_DATA_ERROR: "the compressed answer is corrupt",
  Z_BUF_ERROR: "the compressed answer is cut short",
};

/** Why a connection failed, in words: "Could not reach example.org: the connection was refused." */
export function networkWords(url: URL, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const words = NETWORK_WORDS[code] ?? (/CERT|SSL|TLS/.test(code) ? `its TLS certificate was not accepted (${code})` : `${(error as Error)?.message ?? error}`);
  return `Could not reach ${url.host}: ${words}.`;
}

function networkError(url: URL, error: unknown): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  return new FeedFetchError(networkWords(url, error), "network");
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

/**
 * A DNS lookup that refuses the connection when any address of the host is refused: `refuse` says
 * why in words (or null), `failure` makes the error the connection fails with. Webhooks use it too.
 */
export function checkedLookup(refuse: (host: string, address: string) => string | null, failure: (why: string) => Error): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      for (const { address } of addresses) {
        const refused = refuse(hostname, address);
        if (refused) return callback(failure(refused), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function parseFeedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedFetchError(`"${withoutKey(text)}" is not a web address.`, "url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FeedFetchError(`${withoutKey(text)} is not an http:// or https:// address.`, "url");
  }
  return url;
}

function decoderFor(encoding: string | undefined): Transform | null {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

function headersOf(response: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`);

/** One request, no redirects: resolves with the response and its body, read under the cap. */
function requestOnce(url: URL, headers: Record<string, string>, options: FeedHttpOptions, signal: AbortSignal): Promise<FeedResponse> {
  const host = hostOf(url);
  if (isIP(host)) {
    // Node connects to an IP literal without a lookup: check it here.
    const refused = refusedAddress(host, host, options.allowedHosts);
    if (refused) return Promise.reject(new FeedFetchError(refused, "address"));
  }
  return new Promise((resolve, reject) => {
    const tooLarge = () => new FeedFetchError(`The answer from ${url.host} is larger than ${size(options.maxBytes)}: refused.`, "too_large");
    const client = url.protocol === "https:" ? https : http;
    const lookup = checkedLookup((host, address) => refusedAddress(host, address, options.allowedHosts), (why) => new FeedFetchError(why, "address"));
    const request = client.request(url, { method: "GET", headers, agent: false, lookup, signal });
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      request.destroy();
      reject(signal.aborted ? signal.reason : networkError(url, error));
    };
    request.on("error", fail);
    // However far the exchange got (connecting, headers, half a body), the deadline ends it.
    signal.addEventListener("abort", () => fail(signal.reason), { once: true });
    request.on("response", (response) => {
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes) return fail(tooLarge());
      // A 304 has no body to unpack, whatever its Content-Encoding says.
      const decoder = response.statusCode === 304 || response.statusCode === 204 ? null : decoderFor(response.headers["content-encoding"]);
      const chunks: Buffer[] = [];
      let raw = 0;
      let decoded = 0;
      response.on("data", (chunk: Buffer) => {
        raw += chunk.length;
        if (raw > options.maxBytes) fail(tooLarge());
      });
      response.on("error", fail);
      const body = decoder ? response.pipe(decoder) : response;
      if (decoder) decoder.on("error", fail);
      body.on("data", (chunk: Buffer) => {
        decoded += chunk.length;
        if (decoded > options.maxBytes) return fail(tooLarge());
        chunks.push(chunk);
      });
      body.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ status: response.statusCode ?? 0, url: withoutKey(url.toString()), headers: headersOf(response), body: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    request.end();
  });
}

const sameOrigin = (a: URL, b: URL) => a.protocol === b.protocol && a.host === b.host;

/**
 * GETs a feed URL under the address rule, the deadline and the size cap. Any HTTP status is an
 * answer (the caller decides what a 403 or a 304 means); a refused address, a timeout, a body over
 * the cap or a network failure throws a FeedFetchError whose message a person can read.
 */
export async function feedGet(request: FeedRequest, options: FeedHttpOptions): Promise<FeedResponse> {
  const first = parseFeedUrl(request.url);
  const controller = new AbortController();
  const seconds = options.timeoutMs >= 1000 ? `${Math.round(options.timeoutMs / 1000)} seconds` : `${options.timeoutMs} ms`;
  const timer = setTimeout(() => controller.abort(new FeedFetchError(`${first.host} did not answer within ${seconds}.`, "timeout")), options.timeoutMs);
  try {
    let url = first;
    for (let redirects = 0; ; redirects++) {
      const headers = { "accept-encoding": "gzip", ...request.headers, ...(sameOrigin(url, first) ? request.secretHeaders : {}) };
      const response = await requestOnce(url, headers, options, controller.signal);
      const location = response.headers.location;
      if (![301, 302, 303, 307, 308].includes(response.status) || !location) return response;
      if (redirects === MAX_REDIRECTS) throw new FeedFetchError(`${first.host} redirected more than ${MAX_REDIRECTS} times.`, "redirect");
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new FeedFetchError(`${url.host} redirected to something that is not a web address.`, "redirect");
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        throw new FeedFetchError(`${url.host} redirected to ${withoutKey(next.toString())}, which is not an http:// or https:// address.`, "redirect");
      }
      url = next;
    }
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}
