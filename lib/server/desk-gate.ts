// Desk pages (/newsroom/*) need a session: server.ts sends a page request without a session cookie
// to sign-in before Next sees it, so no page, layout or metadata function runs for it. A cookie
// that is present but not valid (expired, forged, a banned user's) is refused by the page itself,
// which checks the session, and by every read the page makes (withDeskAccess, the desk queries).
// Only page loads are redirected: a desk form submitted after the session ended reaches its server
// action, whose command answers "sign in" beside the form, which keeps what was typed.
//
// This is the job Next's proxy.ts would do, done one step earlier: with a proxy.ts in the build,
// Next 16 no longer leaves reader pages where the front door finds them (measured: every cached
// page went back through Next's router), so the gate lives beside the front door instead.
//
// Imported by server.ts, outside Next's bundles, so it stays free of "server-only".
import type { IncomingMessage, ServerResponse } from "node:http";
import { getSessionCookie } from "better-auth/cookies";

const DESK = /^\/newsroom(?:\/|$|\?)/;

/** Redirects a desk page request without a session cookie to sign-in; true when it did. */
export function sendToSignInWithoutSession(request: IncomingMessage, response: ServerResponse): boolean {
  if ((request.method !== "GET" && request.method !== "HEAD") || !request.url || !DESK.test(request.url)) return false;
  if (getSessionCookie(new Headers({ cookie: request.headers.cookie ?? "" }))) return false;
  const path = request.url.split("?")[0]!;
  response.writeHead(307, { Location: `/sign-in?next=${encodeURIComponent(path)}`, "Cache-Control": "no-store" });
  response.end();
  return true;
}
