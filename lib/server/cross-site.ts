import "server-only";
// Refuses writes that a browser sends with the desk's session cookie on behalf of another site
// (cross-site request forgery). A browser attaches the cookie to a form posted from any page, even
// one on a sibling subdomain ("same-site"), but it also says where the request came from:
// Sec-Fetch-Site, and Origin. Requests with an API key are exempt: a browser never adds one itself.
import { env } from "@/lib/server/env";
import { CommandError } from "@/lib/server/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const crossOrigin = () =>
  new CommandError("cross_origin", "This write came from another site. The desk accepts writes from its own pages, or with an API key.", {});

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null": a sandboxed frame, a data: URL, a redirect across sites
  }
}

/**
 * Whether a request is a write carrying the desk's cookie from somewhere other than the site itself.
 * The site is the Host the request was sent to (or the proxy's X-Forwarded-Host, which a page on
 * another site cannot set), or PUBLIC_URL. A request with no Origin and no Sec-Fetch-Site does not
 * come from a browser page (curl, a script), and a script has to hold the cookie itself.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const headers = request.headers;
  if (/^Bearer\s/i.test(headers.get("authorization") ?? "")) return false;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  const ownHosts = [headers.get("x-forwarded-host"), headers.get("host"), hostOf(env.PUBLIC_URL)];
  return host === null || !ownHosts.includes(host);
}
