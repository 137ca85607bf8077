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

/** Whether a path is an embed: "/embed" and "/embed/…", not "/embedded". */
const isEmbed = (/** @type {string} */ pathname) => /^\/embed(\/|$)/.test(pathname);

/** The headers for one path, as name → value. */
function headersFor(/** @type {string} */ pathname) {
  const list = [...everyRoute, ...(isEmbed(pathname) ? allowFraming : refuseFraming)];
  return Object.fromEntries(list.map(({ key, value }) => [key, value]));
}

module.exports = { everyRoute, refuseFraming, allowFraming, headersFor };
