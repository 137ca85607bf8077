import "server-only";
// The one way an alert leaves the server: a POST with a deadline (10 seconds unless a test says
// otherwise), redirects not followed (a 3xx is a failed try: a redirect could lead anywhere), and
// the address rule of lib/domain/webhooks/webhook-address.ts checked in the socket's own DNS lookup,
// as the feeds do (feeds/feed-http.ts), so a host cannot resolve to a public address for a check and
// a private one for the connection. Only the start of the answer is read and kept.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { refusedWebhookAddress } from "@/lib/domain/webhooks/webhook-address";
import { checkedLookup, networkWords } from "@/lib/server/feeds/feed-http";

export interface WebhookPostOptions {
  /** Hosts that may resolve to private, loopback, link-local or unique-local addresses. */
  allowedHosts: readonly string[];
  timeoutMs: number;
}

export interface WebhookAnswer {
  delivered: boolean;
  /** The answer's HTTP status; null when there was none (refused, unreachable, too slow). */
  status: number | null;
  /** Why the try failed, in words; null when it was delivered. */
  error: string | null;
  /** The first EXCERPT_CHARS characters of the answer's body. */
  excerpt: string | null;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const EXCERPT_CHARS = 200;
/** Enough bytes for the excerpt in any encoding; the rest of the answer is never read. */
const READ_BYTES = EXCERPT_CHARS * 4;

class RefusedAddress extends Error {}

const failed = (error: string, status: number | null = null, excerpt: string | null = null): WebhookAnswer => ({ delivered: false, status, error, excerpt });

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}

/** Why `text` cannot be posted to before any connection is made, or null. */
function urlProblem(url: URL | null, options: WebhookPostOptions): string | null {
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return "The webhook's URL is not an http:// or https:// address.";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  // Node connects to an IP literal without a lookup: check it here.
  return isIP(host) ? refusedWebhookAddress(host, host, options.allowedHosts) : null;
}

function outcome(status: number, location: string | undefined, excerpt: string): WebhookAnswer {
  if (status >= 200 && status < 300) return { delivered: true, status, error: null, excerpt };
  if (status >= 300 && status < 400) return failed(`Answered ${status}${location ? ` (a redirect to ${location})` : ""}: redirects are not followed.`, status, excerpt);
  return failed(`Answered ${status}.`, status, excerpt);
}

/** POSTs `body` to `urlText`. Never throws: every failure is an answer with its reason. */
export function postWebhook(urlText: string, body: string, headers: Record<string, string>, options: WebhookPostOptions): Promise<WebhookAnswer> {
  let url: URL | null = null;
  try {
    url = new URL(urlText);
  } catch {
    // urlProblem says so.
  }
  const problem = urlProblem(url, options);
  if (problem || !url) return Promise.resolve(failed(problem ?? "The webhook's URL is not a web address."));
  const target = url;

  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: WebhookAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(answer);
    };
    const lookup = checkedLookup((host, address) => refusedWebhookAddress(host, address, options.allowedHosts), (why) => new RefusedAddress(why));
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(target, {
      method: "POST",
      agent: false,
      lookup,
      headers: { "content-type": "application/json", "user-agent": "results-desk-webhooks", "content-length": String(Buffer.byteLength(body)), ...headers },
    });
    // However far the exchange got (connecting, waiting for headers, reading), the deadline ends it.
    const timer = setTimeout(() => settle(failed(`${target.host} did not answer within ${seconds(options.timeoutMs)}.`)), options.timeoutMs);
    request.on("error", (error) => settle(failed(error instanceof RefusedAddress ? error.message : networkWords(target, error))));
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let read = 0;
      const finish = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, READ_BYTES).toString("utf8").slice(0, EXCERPT_CHARS);
        settle(outcome(response.statusCode ?? 0, response.headers.location, excerpt));
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        read += chunk.length;
        if (read >= READ_BYTES) finish();
      });
      response.on("end", finish);
      response.on("error", finish);
    });
    request.end(body);
  });
}
