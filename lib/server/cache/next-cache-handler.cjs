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
const { now, invalidateTags, invalidatedSince } = require("./tag-clock.cjs");

/** Rendered pages kept at most; the least recently used go first. */
const MAX_BYTES = 64 * 1024 * 1024;

const PAGE_TAG = /^_N_T_\/(races|embed\/races|elections|stories)\/([^/]+)$/;
const READER_TAG = { races: "race", "embed/races": "race", elections: "election", stories: "story" };
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
  const tags = ["everything", ...nextTags];
  for (const tag of nextTags) {
    const match = PAGE_TAG.exec(tag);
    if (match) tags.push(`${READER_TAG[/** @type {keyof typeof READER_TAG} */ (match[1])]}:${decodeURIComponent(match[2] ?? "")}`);
    const image = RACE_IMAGE_TAG.exec(tag);
    if (image) tags.push(`race:${decodeURIComponent(image[1] ?? "")}`);
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

/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[Symbol.for("results-desk.page-cache")] = { freshPage };

class ReaderPageCache {
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
