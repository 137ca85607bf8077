// How a live reader page gets its updates, apart from the browser: by server-sent events while a
// stream works, by ETag polling (polling.ts) when it does not. What the reader sees is the same either
// way; these rules only pick the transport, say when to try the stream again, and tell a body that
// changes nothing from one that does.

/** A new stream must deliver its first event this soon after it was created, or the page polls. */
export const FIRST_EVENT_TIMEOUT_MS = 5_000;

/** Reconnections that fail in a row, with no answer between them, before the page polls instead. */
export const MAX_FAILED_RECONNECTS = 3;

/** The first wait before a page that fell back to polling tries the stream again, and the longest. */
export const STREAM_RETRY_MS = 60_000;
export const MAX_STREAM_RETRY_MS = 30 * 60_000;

/**
 * How many event streams one page opens. Browsers allow about six HTTP/1.1 connections per host,
 * shared by every tab and frame of the site; a page that held them all would stall its own polls,
 * images and navigation. Lists beyond this budget poll.
 */
export const MAX_STREAMS_PER_PAGE = 2;

/**
 * How many event streams the site's tabs and frames in one browser hold at once, where the browser
 * can count them (components/live/stream-slots.ts): half the connections HTTP/1.1 allows a host,
 * the rest left for loading pages, polls and images. A page beyond it polls.
 */
export const MAX_OPEN_STREAMS = 3;

/**
 * Why a page stopped waiting for its stream: the browser gave up on the answer, a 404 or not an
 * event stream ("refused"); nothing came through in time, as behind a proxy that buffers ("silent");
 * or the connection kept failing ("unreachable").
 */
export type FallbackReason = "refused" | "silent" | "unreachable";

export interface StreamState {
  /** The browser closed the stream for good (EventSource.readyState CLOSED after an error). */
  closed: boolean;
  /** An event arrived since this stream was created. */
  delivered: boolean;
  /** Milliseconds since this stream was created. */
  ageMs: number;
  /** Errors in a row since the stream last opened or delivered. */
  failedReconnects: number;
}

/**
 * Whether to give up on the stream, and why; null to keep it. A stream that has delivered is
 * trusted while quiet (after a reconnect with a current Last-Event-ID the server says nothing until
 * the next change), and the browser's own reconnections carry it over a server restart.
 */
export function streamFallback(state: StreamState): FallbackReason | null {
  if (state.closed) return "refused";
  if (state.failedReconnects >= MAX_FAILED_RECONNECTS) return "unreachable";
  if (!state.delivered && state.ageMs >= FIRST_EVENT_TIMEOUT_MS) return "silent";
  return null;
}

/**
 * How long a page polls before it tries the stream again, after its `fallbacks`-th fallback (1 for
 * the first): a minute, doubling up to half an hour, so a stream lost to a restart comes back soon
 * and one a proxy always buffers costs a hung connection rarely. Every reason waits alike: a refusal
 * may be a server that had not started streaming yet.
 */
export function streamRetryDelay(fallbacks: number): number {
  return Math.min(STREAM_RETRY_MS * 2 ** Math.min(Math.max(fallbacks - 1, 0), 30), MAX_STREAM_RETRY_MS);
}

/**
 * Whether two JSON bodies say the same thing: equal values, whatever the order of object keys. A
 * stream's first event, and the first poll of a page, usually repeat what the page shows.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
