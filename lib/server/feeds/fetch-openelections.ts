import "server-only";
// Polling an OpenElections CSV file (FEEDS.md §3): a plain GET with the stored ETag; a 304 means the
// file is as it was. A refused file is not asked for again until it changes.
import { feedGet } from "@/lib/server/feeds/feed-http";
import { applyFailure, httpFailure } from "@/lib/server/feeds/poll-errors";
import { nothingNew, type PollContext, type PollOutcome, type PolledSource } from "@/lib/server/feeds/poll-types";

export async function pollOpenElections(source: PolledSource, context: PollContext): Promise<PollOutcome> {
  const response = await feedGet({ url: source.url, headers: { accept: "text/csv, text/plain, */*", ...(source.etag && { "if-none-match": source.etag }) } }, context.http);
  if (response.status === 304) return nothingNew();
  if (response.status !== 200) return { ...nothingNew(), error: httpFailure("The CSV file's server", response) };
  const seen = { etag: response.headers.etag ?? null };
  try {
    const report = await context.apply(response.body, { origin: "poller", sourceId: source.id, requestUrl: response.url, ...(response.headers.etag && { etag: response.headers.etag }) });
    return { state: seen, applied: 1, changed: !report.unchanged, error: null, quotaWaitSeconds: 0 };
  } catch (error) {
    const { message, refused } = applyFailure(error);
    return { ...nothingNew(refused ? seen : {}), error: message };
  }
}
