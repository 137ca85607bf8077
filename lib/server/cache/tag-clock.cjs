// @ts-check
// When each cache tag was last invalidated, shared by everything in the server process that caches
// reader data: the app's read cache (read-cache.ts, bundled by Next) and the page cache handler
// (next-cache-handler.cjs, loaded by Next outside its bundles). Both reach the one clock through a
// global symbol, so an invalidation from a command is seen by the page cache at once.
"use strict";

const { HANDLES } = require("./contract.cjs");

const KEY = HANDLES.tagClock;

/** Milliseconds on a clock that never runs backwards within the process. */
function now() {
  return performance.timeOrigin + performance.now();
}

/** @returns {Map<string, number>} tag → the moment it was last invalidated */
function invalidations() {
  const shared = /** @type {Record<symbol, Map<string, number> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (shared[KEY] ??= new Map());
}

/** @param {Iterable<string>} tags */
function invalidateTags(tags) {
  const at = now();
  const map = invalidations();
  for (const tag of tags) map.set(tag, at);
}

/**
 * Whether something computed from data read at `since` may be stale: one of its tags was
 * invalidated at or after that moment.
 * @param {Iterable<string>} tags
 * @param {number} since
 */
function invalidatedSince(tags, since) {
  const map = invalidations();
  for (const tag of tags) {
    const at = map.get(tag);
    if (at !== undefined && at >= since) return true;
  }
  return false;
}

module.exports = { now, invalidateTags, invalidatedSince };
