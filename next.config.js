// @ts-check
import { fileURLToPath } from "node:url";
import headerRules from "./lib/server/response-headers.cjs";

// Next applies every rule whose source matches, so the deny rule's source excludes /embed itself
// rather than relying on a later rule to override it.
const { everyRoute, refuseFraming, allowFraming } = headerRules;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Reader pages are cached in memory and dropped when a command changes what they show.
  cacheHandler: fileURLToPath(new URL("./lib/server/cache/next-cache-handler.cjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Cached pages tell shared caches (a CDN) the same as the JSON API: fresh for 5 s, then served
  // stale for up to 30 s more while one request fetches the new page.
  expireTime: 35,
  serverExternalPackages: ["better-sqlite3"],
  // Server actions keep Next's 1 MB body limit: candidate photos go to the photo API, which checks
  // the caller's role before it reads the upload.
  async headers() {
    return [
      { source: "/:path*", headers: everyRoute },
      // Everything but /embed and /embed/…: "/embedded" or "/embeds" would still refuse framing.
      { source: "/:path((?!embed(?:/|$)).*)", headers: refuseFraming },
      { source: "/embed/:path*", headers: allowFraming },
    ];
  },
};

export default nextConfig;
