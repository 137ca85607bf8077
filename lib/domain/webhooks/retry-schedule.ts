// When a delivery that failed is tried again: 10 s, 1 min, 5 min, 30 min and 2 h after each failure
// in turn, and after the last of those it has failed for good (six tries in all, over about 2 h 36).
// Tests pass a shorter schedule (WEBHOOK_RETRY_SCHEDULE_MS).

export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];

/**
 * The wait before the next try after `attemptsMade` tries have all failed, or null when there is no
 * next try (the delivery has failed).
 */
export function retryDelayMs(schedule: readonly number[], attemptsMade: number): number | null {
  if (attemptsMade < 1) return 0;
  return schedule[attemptsMade - 1] ?? null;
}

/** The schedule as the setting gives it: waits in milliseconds, separated by commas, each at least 1 ms; null when it is not that. */
export function parseRetrySchedule(text: string): number[] | null {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length === 0 || parts.length > 20 || !parts.every((part) => /^\d{1,9}$/.test(part))) return null;
  const waits = parts.map(Number);
  return waits.every((wait) => wait >= 1) ? waits : null;
}
