// @ts-check
// The reader cache's contract, in one place: the names by which its parts find each other in the
// server process, the tags that say what a cached thing shows, the keys of the cached JSON bodies
// and the paths the front door answers from them, and how an If-None-Match header is matched.
//
// Its parts run in three worlds: the read cache and the commands in Next's server bundle
// (read-cache.ts, tags.ts, queries/reader.ts), the page cache handler that Next loads outside its
// bundles (next-cache-handler.cjs, tag-clock.cjs), and the front door that runs before Next
// (front-door.ts, in server.ts). They share no module instance, so they meet on globalThis under
// these symbols; this file is CommonJS so that every one of them can require it.
"use strict";

/** The handles each part registers on globalThis for the others. */
const HANDLES = Object.freeze({
  tagClock: Symbol.for("results-desk.tag-clock"),
  readCache: Symbol.for("results-desk.read-cache"),
  pageCache: Symbol.for("results-desk.page-cache"),
  putUnitTally: Symbol.for("results-desk.put-unit-tally"),
  eventStreams: Symbol.for("results-desk.event-streams"),
  journalOrigin: Symbol.for("results-desk.journal-origin"),
});

/**
 * The largest JSON body a write reads (request-body.ts), which the front door also reads its unit
 * writes' bodies up to, and one byte past, so that the command refuses a larger one itself.
 */
const JSON_BODY_LIMIT_BYTES = 64 * 1024;

/** The header the front door marks its own answers with ("json", "page", "write", "events"). */
const FRONT_DOOR_HEADER = "X-Front-Door";

// Tags: every cached read and page carries EVERYTHING plus the tags of what it shows.
const EVERYTHING = "everything";
const HOME = "home";
/** The reader search's index of every election, race and candidate name. */
const SEARCH = "search";
const raceTag = (/** @type {string} */ slug) => `race:${slug}`;
const electionTag = (/** @type {string} */ slug) => `election:${slug}`;
const candidateTag = (/** @type {string} */ slug) => `candidate:${slug}`;
const storyTag = (/** @type {string} */ slug) => `story:${slug}`;
/** What only the desk shows of a race (a close call waiting for a second editor): no cached read carries it. */
const deskRaceTag = (/** @type {string} */ slug) => `desk-race:${slug}`;

/** Read-cache keys of the JSON bodies the front door serves. */
const JSON_KEYS = Object.freeze({
  race: (/** @type {string} */ slug) => `race-json:${slug}`,
  raceHistory: (/** @type {string} */ slug) => `race-history-json:${slug}`,
  election: (/** @type {string} */ slug) => `election-json:${slug}`,
});

/** The public JSON routes the front door answers from the read cache, each with its body's key. */
const JSON_ROUTES = Object.freeze([
  { path: /^\/api\/v1\/races\/([^/]+)$/, key: JSON_KEYS.race },
  { path: /^\/api\/v1\/races\/([^/]+)\/history$/, key: JSON_KEYS.raceHistory },
  { path: /^\/api\/v1\/elections\/([^/]+)$/, key: JSON_KEYS.election },
]);

/** The public event streams (lib/server/events), each with the kind of topic it follows. */
const EVENT_ROUTES = Object.freeze([
  { path: /^\/api\/v1\/races\/([^/]+)\/events$/, kind: /** @type {const} */ ("race") },
  { path: /^\/api\/v1\/elections\/([^/]+)\/events$/, kind: /** @type {const} */ ("election") },
]);

/**
 * What an event stream is sent with, by the front door and by Next alike: never stored by a cache,
 * and never held back by a proxy that buffers (nginx reads X-Accel-Buffering).
 */
const EVENT_STREAM_HEADERS = Object.freeze({
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
});

/** Reader pages that are cached (ISR) and that the front door answers when they are fresh. */
const CACHED_PAGE = /^\/(races|embed\/races|elections|stories)\/([^/]+)$/;
/** The reader tag a cached page's section names: /races/x and /embed/races/x show race:x. */
const PAGE_SECTION_TAG = Object.freeze({ races: raceTag, "embed/races": raceTag, elections: electionTag, stories: storyTag });

/**
 * Whether an If-None-Match header names this ETag: "*", or one of its list, weak or strong alike
 * (RFC 9110's weak comparison, which is what a GET's If-None-Match uses).
 * @param {string | null | undefined} header
 * @param {string} etag
 */
function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strong = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === strong);
}

module.exports = {
  HANDLES,
  JSON_BODY_LIMIT_BYTES,
  FRONT_DOOR_HEADER,
  EVERYTHING,
  HOME,
  SEARCH,
  raceTag,
  electionTag,
  candidateTag,
  storyTag,
  deskRaceTag,
  JSON_KEYS,
  JSON_ROUTES,
  EVENT_ROUTES,
  EVENT_STREAM_HEADERS,
  CACHED_PAGE,
  PAGE_SECTION_TAG,
  etagMatches,
};
