// The address a request came from, for the sign-in throttle. A server action never sees the
// socket, so server.ts writes the socket's address into a header of its own on every request,
// replacing any copy the client sent, and the app reads it from there. A process that was not
// started by server.ts (`next dev`) never stamps, and then the header is ignored: there it is
// whatever the client sent.
//
// Behind proxies (TRUST_PROXY=n), each proxy appends the address it was reached from to
// X-Forwarded-For, so the client is the nth address from the right, counting the socket's as the
// first; anything further left is whatever the client chose to send.
//
// Imported by server.ts, outside Next's bundles, so it stays free of "server-only".
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-results-client-address";
/** The key of the one bucket that requests with no usable address share. */
export const UNKNOWN_ADDRESS = "unknown";

const STAMPING = Symbol.for("results-desk.client-address-stamping");
const globalFlags = globalThis as unknown as Record<symbol, boolean | undefined>;

/** server.ts, for every request before anything reads it. */
export function stampClientAddress(request: IncomingMessage): void {
  globalFlags[STAMPING] = true;
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
}

/** An IP address as one key whichever way it was written ("::ffff:192.0.2.1" is 192.0.2.1), or null. */
function normalized(address: string | undefined): string | null {
  const trimmed = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") ?? "";
  return isIP(trimmed) ? trimmed.toLowerCase() : null;
}

export function clientAddress(headers: Headers, trustedProxies: number): string {
  const socket = globalFlags[STAMPING] ? (headers.get(CLIENT_ADDRESS_HEADER) ?? "") : "";
  const forwarded = trustedProxies > 0 ? (headers.get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim()) : [];
  const chain = [...forwarded, socket];
  return normalized(chain[Math.max(0, chain.length - 1 - trustedProxies)]) ?? UNKNOWN_ADDRESS;
}
