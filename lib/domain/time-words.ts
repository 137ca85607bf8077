// How times read on results pages: "Nov. 8, 2017, 12:18 AM EST" in the newsroom's time zone, so a
// reader and the desk see the same clock whatever the server's zone is.

export function formatDateTime(iso: string, timeZone: string, options: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(options.seconds && { second: "2-digit" }),
    timeZoneName: "short",
  }).format(new Date(iso));
}

export function formatClock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

/** An election day ("2017-11-07") as "November 7, 2017"; the date is a calendar day, not an instant. */
export function formatElectionDate(day: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: "UTC", dateStyle: "long" }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * A moment on the desk's clock: "8:45 PM" when it falls on `now`'s day in the newsroom's zone, else
 * "8:45 PM on Nov 3, 2015", so a call from last night is not read as tonight's.
 */
export function formatClockOrDate(iso: string, timeZone: string, now: Date): string {
  const day = (date: Date) => new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "short", day: "numeric" }).format(date);
  const clock = formatClock(iso, timeZone);
  const then = day(new Date(iso));
  return then === day(now) ? clock : `${clock} on ${then}`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * "Updated just now", "Updated 2 min ago", "Updated 1 hr 5 min ago": how fresh the numbers are, as
 * a results page says it. Past a day the minutes mean nothing, so the moment is given instead, in
 * the newsroom's zone. A clock that runs behind the server's reads as "just now", never as a
 * time in the future.
 */
export function updatedAgoWords(iso: string, nowMs: number, timeZone: string): string {
  const ago = Math.max(0, nowMs - Date.parse(iso));
  if (ago < MINUTE_MS) return "Updated just now";
  if (ago < HOUR_MS) return `Updated ${Math.floor(ago / MINUTE_MS)} min ago`;
  if (ago < 24 * HOUR_MS) {
    const hours = Math.floor(ago / HOUR_MS);
    const minutes = Math.floor((ago % HOUR_MS) / MINUTE_MS);
    return `Updated ${hours} hr${minutes > 0 ? ` ${minutes} min` : ""} ago`;
  }
  return `Updated ${formatDateTime(iso, timeZone)}`;
}
