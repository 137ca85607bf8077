import "server-only";
// A failed poll in the words the desk shows beside the source: what the feed answered, or why the
// importer refused what it sent. Never a key: URLs here are already stripped of them.
import { CommandError } from "@/lib/server/errors";
import type { FeedResponse } from "@/lib/server/feeds/feed-http";

const STATUS_WORDS: Record<number, string> = {
  400: "bad request",
  401: "not authorized",
  403: "forbidden",
  404: "not found",
  410: "gone",
  429: "too many requests",
  500: "server error",
  502: "bad gateway",
  503: "service unavailable",
  504: "gateway timeout",
};

/** An HTTP answer the poller cannot use: `AP answered 403 (forbidden): over quota limit.` */
export function httpFailure(feed: string, response: FeedResponse): string {
  const status = response.status;
  const words = STATUS_WORDS[status] ?? (status >= 500 ? "server error" : "unexpected status");
  const text = Buffer.from(response.body.subarray(0, 4096)).toString("utf8");
  // AP over quota: 403 with an XML body even when JSON was asked for (newsdev/elex#163).
  if (/over quota/i.test(text)) return `${feed} answered ${status} (${words}): over quota limit. Asking again later.`;
  if (status === 401 || status === 403) return `${feed} answered ${status} (${words}): check the address${feed === "AP" ? " and AP_API_KEY" : ""}.`;
  return `${feed} answered ${status} (${words}) for ${response.url}.`;
}

/** Why the importer did not apply a payload; `refused` when the snapshot itself had problems. */
export function applyFailure(error: unknown): { message: string; refused: boolean } {
  if (error instanceof CommandError && error.is("feed_refused")) {
    const [first, ...rest] = error.details.problems;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})` : "";
    return { message: first ? `The snapshot was refused: ${first.where}: ${first.message}${more}` : `The snapshot was refused: ${error.message}`, refused: true };
  }
  if (error instanceof CommandError) return { message: `The snapshot could not be applied: ${error.message}`, refused: false };
  console.error("Could not apply a polled feed snapshot:", error);
  return { message: "The snapshot could not be applied: an unexpected error (see the server log).", refused: false };
}
