// @ts-check
// The pages' Content-Security-Policy: scripts only from this site, and an inline script only when
// the policy names it. Next writes inline scripts into every page (its RSC payload,
// `self.__next_f.push(…)`, differs from page to page), so each answer names its own:
//
// - A page Next renders for one request names them by a nonce, fresh for each request: server.ts
//   puts it in the request's CSP header, where Next looks for it, and stamps it on every script.
// - A page kept in the page cache is one HTML for every reader, so it names its inline scripts by
//   their SHA-256 hashes, computed once when the page is stored (next-cache-handler.cjs) and sent
//   with it by Next and by the front door.
//
// Styles may be inline ('unsafe-inline'): the results bars and Recharts draw with style attributes,
// which no nonce or hash can allow. Candidate photos may be any web address an editor gives.
// `connect-src 'self'` is what lets the live pages poll and open their event streams (EventSource
// falls under connect-src, as fetch does), on this site only; an embed's frame is a document of this
// site, so its stream is 'self' inside other sites' pages too.
"use strict";

const { createHash, randomBytes } = require("node:crypto");
const { isEmbedPath, publicUrlIsHttps } = require("./response-headers.cjs");

/** Where the page cache keeps a stored page's script hashes, among the headers Next sends with it. */
const SCRIPT_HASHES_HEADER = "x-script-hashes";

// A <script> element: its attributes (quoted values may hold ">"), then its text, which runs to the
// first "</script" as in the HTML parser.
const SCRIPT_ELEMENT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\s/>]/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/**
 * The hash sources ('sha256-…') of a page's inline scripts, each once, in page order.
 * @param {string} html
 * @returns {string[]}
 */
function scriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = "", text = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    // Browsers hash the text as parsed, after turning every CR LF and lone CR into LF.
    const digest = createHash("sha256").update(text.replace(/\r\n?/g, "\n"), "utf8").digest("base64");
    hashes.add(`'sha256-${digest}'`);
  }
  return [...hashes];
}

/** A nonce for one response's scripts: 128 random bits. */
function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * The policy itself.
 * @param {{ scripts: readonly string[]; framable: boolean; https: boolean }} options
 *   scripts: the page's own inline scripts ('nonce-…' or 'sha256-…' sources); framable: whether
 *   other sites may put the page in an iframe (the embeds); https: whether the site is served over
 *   https, where an http photo would be mixed content that browsers block anyway.
 */
function contentSecurityPolicy({ scripts, framable, https }) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(" "),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https:${https ? "" : " http:"}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ].join("; ");
}

/**
 * The policy of the page at `pathname` whose inline scripts are `scripts`.
 * @param {string} pathname
 * @param {readonly string[]} scripts
 */
function pagePolicy(pathname, scripts) {
  return contentSecurityPolicy({ scripts, framable: isEmbedPath(pathname), https: publicUrlIsHttps() });
}

module.exports = { SCRIPT_HASHES_HEADER, scriptHashes, newNonce, contentSecurityPolicy, pagePolicy };
