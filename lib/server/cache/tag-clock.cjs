// @ts-check
// When each cache tag was last invalidated, shared by everything in the server process that caches
// reader data: the app's read cache (read-cache.ts, bundled by Next) and the page cache handler
// (next-cache-handler.cjs, loaded by Next outside its bundles). Both reach the one clock through a
// global symbol, so an invalidation from a command is seen by the page cache at once. Whatever must
// act on a change as it happens (the event streams, lib/server/events) listens here: every
// invalidation passes through this clock, whether a command made it in this process or it came
// from another instance (journal.ts).
"use strict";

const { HANDLES } = require("./contract.cjs");

const KEY = HANDLES.tagClock;

/** Milliseconds on a clock that never runs backwards within the process. */
function now() {
  return performance.timeOrigin + performance.now();
}

/** @typedef {(tags: readonly string[]) => void} TagListener */
/** @typedef {{ invalidatedAt: Map<string, number>, listeners: Set<TagListener> }} Clock */

/** @returns {Clock} */
function clock() {
  const shared = /** @type {Record<symbol, Clock | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (shared[KEY] ??= { invalidatedAt: new Map(), listeners: new Set() });
}

/** @returns {Map<string, number>} tag → the moment it was last invalidated */
function invalidations() {
  return clock().invalidatedAt;
}

/** @param {Iterable<string>} tags */
function invalidateTags(tags) {
  const at = now();
  const map = invalidations();
  const list = [...tags];
  for (const tag of list) map.set(tag, at);
  for (const listener of clock().listeners) {
    try {
      listener(list);
    } catch (error) {
      // A listener's failure must not stop the invalidation, nor the other listeners.
      console.error("A cache invalidation listener failed:", error);
    }
  }
}

/**
 * Calls `listener` with the tags of every invalidation from now on, after the clock has recorded
 * it (so a read the listener starts sees the change). Returns the function that stops it.
 * @param {TagListener} listener
 */
function onInvalidation(listener) {
  clock().listeners.add(listener);
  return () => void clock().listeners.delete(listener);
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

module.exports = { now, invalidateTags, invalidatedSince, onInvalidation };
