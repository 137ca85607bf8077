// @ts-check
// Headers every response carries, by path: set by next.config.js for what Next serves and by the
// front door (server.ts) for what it answers from the cache itself, so both send the same.
//
// Framing policy: only the embeds (/embed/*) may be put in an iframe by other sites; every other
// page refuses framing, so a reader or desk page cannot be overlaid on a hostile site (clickjacking).
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

const asObject = (/** @type {{ key: string; value: string }[]} */ list) => Object.freeze(Object.fromEntries(list.map(({ key, value }) => [key, value])));
// Built once: the front door asks for them on every request it answers.
const embedHeaders = asObject([...everyRoute, ...allowFraming]);
const pageHeaders = asObject([...everyRoute, ...refuseFraming]);

/** The headers for one path, as name → value; an embed is "/embed" or "/embed/…", not "/embedded". */
function headersFor(/** @type {string} */ pathname) {
  return /^\/embed(\/|$)/.test(pathname) ? embedHeaders : pageHeaders;
}

module.exports = { everyRoute, refuseFraming, allowFraming, headersFor, PUBLIC_CACHE_CONTROL };
