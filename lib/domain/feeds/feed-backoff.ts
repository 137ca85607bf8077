// When a polled feed source is asked next: at its interval while it answers, later and later while
// it fails (AP over quota, a server error, a refused snapshot), and never sooner than a quota header
// says the window frees up. Pure: the poller passes the count and the headers.

/** The longest a failing source waits, unless its own interval is longer. */
export const MAX_BACKOFF_SECONDS = 10 * 60;

/**
 * Seconds until the next fetch after `failures` failures in a row: the interval while it answers
 * (0 failures), then interval × 2^failures, capped at 10 minutes (or at the interval when that is
 * longer, so a failing source is never asked sooner than a healthy one).
 */
export function backoffSeconds(intervalSeconds: number, failures: number): number {
  const cap = Math.max(MAX_BACKOFF_SECONDS, intervalSeconds);
  if (failures <= 0) return intervalSeconds;
  // 2^30 seconds is past any cap; larger exponents would only overflow.
  return Math.min(cap, intervalSeconds * 2 ** Math.min(failures, 30));
}

const QUOTA_WINDOW_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3_600, day: 86_400 };

/**
 * AP's quota headers (`x-electionsapi-Q-minute-available: 0`, likewise `-second-`, `-hour-`, `-day-`;
 * FEEDS.md §1): the longest window that has nothing left, in seconds, capped at 10 minutes; 0 when
 * every window has requests left or there are no such headers. Header names in any case.
 */
export function quotaWaitSeconds(headers: Readonly<Record<string, string | undefined>>): number {
  let wait = 0;
  for (const [name, value] of Object.entries(headers)) {
    const window = /^x-electionsapi-q-(second|minute|hour|day)-available$/i.exec(name)?.[1]?.toLowerCase();
    if (!window || value === undefined || !/^\s*-?\d+\s*$/.test(value) || Number(value) > 0) continue;
    wait = Math.max(wait, QUOTA_WINDOW_SECONDS[window]!);
  }
  return Math.min(wait, MAX_BACKOFF_SECONDS);
}

/** Seconds until the next fetch: the backoff for the failures so far, or the quota's wait if longer. */
export function nextFetchDelaySeconds(intervalSeconds: number, failures: number, quotaWait: number): number {
  return Math.max(backoffSeconds(intervalSeconds, failures), quotaWait);
}
