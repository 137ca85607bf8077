// @ts-check
// Headers every response carries, by path: set by next.config.js for what Next serves and by the
// front door (server.ts) for what it answers from the cache itself, so both send the same.
//
// Framing policy: only the embeds (/embed/*) may be put in an iframe by other sites; every other
// page refuses framing, so a reader or desk page cannot be overlaid on a hostile site (clickjacking).
// The Content-Security-Policy here says only that; server.ts and the front door replace it on pages
// with the whole policy (content-security-policy.cjs), which keeps the same frame-ancestors.
"use strict";

const everyRoute = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
const refuseFraming = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];
// X-Frame-Options has no "anyone" value, so embeds send none and rely on CSP alone.
const allowFraming = [{ key: "Content-Security-Policy", value: "frame-ancestors *" }];

/** What public, cacheable answers tell shared caches: fresh for 5 s, then stale for up to 30 s more. */
const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30";

/** Browsers that reached the site over https keep to https for a year, subdomains included. */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** An embed is "/embed" or "/embed/…", not "/embedded". */
function isEmbedPath(/** @type {string} */ pathname) {
  return /^\/embed(\/|$)/.test(pathname);
}

/**
 * Whether readers reach the site over https, by PUBLIC_URL (lib/server/env.ts validates it; an
 * unset or malformed one is not https). Read at the first response, not when this file loads:
 * next.config.js loads it at build time, and server.ts before Next has read any .env file.
 */
function publicUrlIsHttps(publicUrl = process.env.PUBLIC_URL) {
  try {
    return new URL(publicUrl ?? "").protocol === "https:";
  } catch {
    return false;
  }
}

/** Strict-Transport-Security, when the site is https: sent at run time by server.ts and the front door. */
function transportHeaders(https = publicUrlIsHttps()) {
  return https ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : [];
}

const asObject = (/** @type {{ key: string; value: string }[]} */ list) => Object.freeze(Object.fromEntries(list.map(({ key, value }) => [key, value])));
// Built once, at the first answer: the front door asks for them on every request it answers.
/** @type {{ embed: Readonly<Record<string, string>>; page: Readonly<Record<string, string>> } | undefined} */
let headerSets;

/** The headers for one path, as name → value. */
function headersFor(/** @type {string} */ pathname) {
  headerSets ??= {
    embed: asObject([...everyRoute, ...allowFraming, ...transportHeaders()]),
    page: asObject([...everyRoute, ...refuseFraming, ...transportHeaders()]),
  };
  return isEmbedPath(pathname) ? headerSets.embed : headerSets.page;
}

module.exports = { everyRoute, refuseFraming, allowFraming, headersFor, isEmbedPath, publicUrlIsHttps, transportHeaders, PUBLIC_CACHE_CONTROL };
