// The "Last updated" clock of live pages, to the second, in the newsroom's time zone. The server
// formats the first value and hands it down, so hydration never compares two ICU builds' output;
// the browser formats only the times that arrive by polling.
import { formatDateTime } from "@/lib/domain/time-words";

export function formatUpdatedTime(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone, { seconds: true });
}

/** The latest of a list's update times (ISO strings in UTC sort as they read), or null for none. */
export function latestUpdate(items: readonly { updatedAt: string }[]): string | null {
  return items.reduce<string | null>((latest, item) => (latest === null || item.updatedAt > latest ? item.updatedAt : latest), null);
}

/** A time as the server first formatted it, or formatted here when polling brought a new one. */
export interface ServerTime {
  iso: string;
  text: string;
}

export function timeText(iso: string, server: ServerTime | null, format: (iso: string) => string): string {
  return server && server.iso === iso ? server.text : format(iso);
}
