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
