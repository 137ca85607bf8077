// @ts-check
// Next's page cache (ISR) for this app: rendered reader pages (and each race's share image) kept in
// memory, and dropped when a command invalidates the race, election or story they show. Next gives
// each entry its path as an implicit tag ("_N_T_/races/district-5"); the path names the reader tag
// (tags.ts) whose invalidation on the shared tag clock makes the entry stale. Configured in
// next.config.js. The front door (server.ts) serves fresh pages straight from here: see
// `freshPage` below.
//
// Each page is stored with the hashes of its inline scripts, which its Content-Security-Policy
// names (content-security-policy.cjs): one HTML is served to every reader, so no nonce can.
"use strict";

const { SCRIPT_HASHES_HEADER, scriptHashes } = require("../content-security-policy.cjs");
const { CACHED_PAGE, EVERYTHING, HANDLES, PAGE_SECTION_TAG, raceTag } = require("./contract.cjs");
const { now, invalidateTags, invalidatedSince } = require("./tag-clock.cjs");

/** Rendered pages kept at most; the least recently used go first. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Next's implicit tag for a cached reader page's path: "_N_T_" and the path. */
const PAGE_TAG = new RegExp(`^_N_T_${CACHED_PAGE.source.slice(1)}`);
/** A race's share image (opengraph-image.tsx, whose path Next suffixes with a hash) shows the race. */
const RACE_IMAGE_TAG = /^_N_T_\/races\/([^/]+)\/opengraph-image[^/]*$/;

/**
 * The reader tags of a cached page, from Next's tags header.
 * @param {unknown} value
 * @returns {string[]}
 */
function readerTags(value) {
  const headers = /** @type {{ headers?: Record<string, unknown> } | null} */ (value)?.headers;
  const header = headers?.["x-next-cache-tags"];
  const nextTags = typeof header === "string" ? header.split(",") : [];
  const tags = [EVERYTHING, ...nextTags];
  for (const tag of nextTags) {
    const match = PAGE_TAG.exec(tag);
    if (match) tags.push(PAGE_SECTION_TAG[/** @type {keyof typeof PAGE_SECTION_TAG} */ (match[1])](decodeURIComponent(match[2] ?? "")));
    const image = RACE_IMAGE_TAG.exec(tag);
    if (image) tags.push(raceTag(decodeURIComponent(image[1] ?? "")));
  }
  return tags;
}

/** @param {unknown} value */
function sizeOf(value) {
  if (!value || typeof value !== "object") return 0;
  const page = /** @type {{ html?: unknown; rscData?: unknown; body?: unknown; segmentData?: unknown }} */ (value);
  let bytes = 0;
  for (const part of [page.html, page.rscData, page.body]) {
    if (typeof part === "string") bytes += part.length * 2;
    else if (part instanceof Uint8Array) bytes += part.byteLength;
  }
  if (page.segmentData instanceof Map) for (const segment of page.segmentData.values()) bytes += segment?.byteLength ?? 0;
  return bytes + 1024;
}

/**
 * Adds the page's script hashes to the headers Next sends with it, whether from here later or now:
 * the answer to the request that rendered the page is sent with this same headers object.
 * @param {unknown} value
 */
function addScriptHashes(value) {
  const page = /** @type {{ kind?: string; html?: unknown; headers?: Record<string, unknown> }} */ (value);
  if (page.kind !== "APP_PAGE" || typeof page.html !== "string") return;
  page.headers ??= {};
  page.headers[SCRIPT_HASHES_HEADER] = scriptHashes(page.html).join(" ");
}

/** Next's other kinds of entry, which reader pages do not produce and this handler keeps as they come. */
const OTHER_KINDS = new Set(["FETCH", "REDIRECT", "IMAGE", "PAGES"]);

/**
 * What this handler relies on in the entries Next hands it: a kind it knows, the tags header that
 * says what the entry shows (without it nothing could ever invalidate the entry), a page's HTML as
 * text, and how long Next means to keep it. A Next upgrade that changes any of this must not pass
 * silently: such an entry is not kept (Next renders it anew each time, correct if slower), and the
 * first one is reported loudly.
 * @param {unknown} data
 * @param {{ cacheControl?: unknown; fetchCache?: boolean }} ctx
 * @returns {string | null}
 */
function shapeProblem(data, ctx) {
  const entry = /** @type {{ kind?: unknown; html?: unknown; headers?: Record<string, unknown> } | null} */ (data);
  if (ctx.fetchCache || OTHER_KINDS.has(/** @type {string} */ (entry?.kind))) return null;
  if (entry?.kind !== "APP_PAGE" && entry?.kind !== "APP_ROUTE") return `an entry of kind ${JSON.stringify(entry?.kind)}`;
  if (typeof entry.headers?.["x-next-cache-tags"] !== "string") return "an entry without an x-next-cache-tags header";
  if (entry.kind === "APP_PAGE" && typeof entry.html !== "string") return "a page whose html is not a string";
  const control = /** @type {{ revalidate?: unknown } | undefined} */ (ctx.cacheControl);
  if (typeof control?.revalidate !== "number" && control?.revalidate !== false) return "an entry without cacheControl.revalidate";
  return null;
}

let shapeReported = false;

/** @param {string} problem */
function reportShape(problem) {
  if (shapeReported) return;
  shapeReported = true;
  console.error(
    `\n*** Results desk: Next.js ${nextVersion()} handed the page cache ${problem}. ` +
      "This handler (lib/server/cache/next-cache-handler.cjs) was written for Next 16's entries; " +
      "such pages are not cached, so every reader request renders them. Update the handler. ***\n",
  );
}

function nextVersion() {
  try {
    return /** @type {{ version: string }} */ (require("next/package.json")).version;
  } catch {
    return "(unknown version)";
  }
}

/** @typedef {{ value: unknown; lastModified: number; readAt: number; tags: string[]; bytes: number; cacheControl: unknown; path: string | null }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map();
/** The key of each cached reader page, by its path ("/races/district-5"). @type {Map<string, string>} */
const keyByPath = new Map();
let totalBytes = 0;
/**
 * When Next last asked for a page it then had to render: the render reads its data after this
 * moment, so a write that lands during the render still makes the stored page stale.
 * @type {Map<string, number>}
 */
const renderingSince = new Map();

function forget(/** @type {string} */ key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  if (entry.path !== null && keyByPath.get(entry.path) === key) keyByPath.delete(entry.path);
  totalBytes -= entry.bytes;
}

/**
 * A cached reader page that Next itself would serve as a fresh hit: not invalidated, younger than
 * its revalidate time. Anything else (stale, missing, not a reader page) is left to Next.
 * @param {string} path
 * @returns {{ page: object; html: string; scripts: string[]; status: number; revalidate: number; expire: number } | null}
 */
function freshPage(path) {
  const key = keyByPath.get(path);
  const entry = key === undefined ? undefined : entries.get(key);
  if (!entry || invalidatedSince(entry.tags, entry.readAt)) return null;
  const page = /** @type {{ kind?: string; html?: unknown; status?: number; headers?: Record<string, unknown> }} */ (entry.value);
  const control = /** @type {{ revalidate?: unknown; expire?: unknown } | undefined} */ (entry.cacheControl);
  const hashes = page.headers?.[SCRIPT_HASHES_HEADER];
  if (page.kind !== "APP_PAGE" || typeof page.html !== "string" || typeof hashes !== "string" || typeof control?.revalidate !== "number") return null;
  if (Date.now() - entry.lastModified >= control.revalidate * 1000) return null;
  const expire = typeof control.expire === "number" ? control.expire : control.revalidate;
  const scripts = hashes === "" ? [] : hashes.split(" ");
  return { page, html: page.html, scripts, status: page.status ?? 200, revalidate: control.revalidate, expire };
}

/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[HANDLES.pageCache] = { freshPage };

class ReaderPageCache {
  constructor() {
    // At start-up: the handler was written against Next 16's cache entries.
    const major = Number(nextVersion().split(".")[0]);
    if (major !== 16) console.error(`\n*** Results desk: the page cache handler was written for Next.js 16, and this is ${nextVersion()}: check it. ***\n`);
  }

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry || invalidatedSince(entry.tags, entry.readAt)) {
      forget(key);
      renderingSince.set(key, now());
      return null;
    }
    // A fresh entry may still be re-rendered in the background once Next's revalidate time passes.
    if (!renderingSince.has(key)) renderingSince.set(key, now());
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {{ cacheControl?: unknown; fetchCache?: boolean }} ctx
   */
  async set(key, data, ctx) {
    forget(key);
    if (!data) return;
    const problem = shapeProblem(data, ctx);
    if (problem !== null) return reportShape(problem);
    addScriptHashes(data);
    const bytes = sizeOf(data);
    if (bytes > MAX_BYTES / 4) return;
    const readAt = renderingSince.get(key) ?? now();
    renderingSince.delete(key);
    const tags = readerTags(data);
    // The page's own path is Next's last tag: the route's tags come first, and one of them, the
    // embeds' folder ("_N_T_/embed/races/layout"), has the shape of a page's path.
    const path = tags.findLast((tag) => PAGE_TAG.test(tag))?.slice("_N_T_".length) ?? null;
    entries.set(key, {
      value: data,
      lastModified: Date.now(),
      readAt,
      tags,
      bytes,
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
      path,
    });
    if (path !== null) keyByPath.set(path, key);
    totalBytes += bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= MAX_BYTES) break;
      forget(oldest);
    }
  }

  /** revalidatePath and revalidateTag land here: the same clock the reader tags use. */
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    invalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}

module.exports = ReaderPageCache;
