import { timeText, formatUpdatedTime, type ServerTime } from "./updated-time";

// "Last updated Nov 4, 2026, 3:45:07 AM EST": when the numbers on the page last changed.
export function UpdatedLine({ iso, server, timeZone }: { iso: string | null; server: ServerTime | null; timeZone: string }) {
  if (iso === null) return null;
  return (
    <p className="updated">
      Last updated <time dateTime={iso}>{timeText(iso, server, (t) => formatUpdatedTime(t, timeZone))}</time>
    </p>
  );
}
