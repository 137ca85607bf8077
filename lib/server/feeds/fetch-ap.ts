import "server-only";
// Polling the AP Elections API (FEEDS.md §1, "Fetching"): the first request is the source's URL;
// after that always the `nextrequest` URL of the latest answer, exactly as AP gave it, never rebuilt.
// An answer with `isTruncated: true` is followed at once by its nextrequest, until one is not. The
// stored ETag goes in If-None-Match, and a 304 means nothing changed. The key travels in the
// x-api-key header only, to the source's host only; the URLs that are stored, shown and handed to
// the importer never hold it.
//
// A refused answer does not move nextrequest on: AP sends only the races that changed, so skipping
// an answer would lose them. The same question is asked again (with backoff) until it is applied.
import { quotaWaitSeconds } from "@/lib/domain/feeds/feed-backoff";
import { withoutKey } from "@/lib/domain/feeds/feed-request-url";
import { FeedFetchError, feedGet } from "@/lib/server/feeds/feed-http";
import { applyFailure, httpFailure } from "@/lib/server/feeds/poll-errors";
import { nothingNew, type PollContext, type PollOutcome, type PolledSource } from "@/lib/server/feeds/poll-types";

/** However often AP says "truncated", one poll stops after this many answers; the next goes on. */
const MAX_ANSWERS_PER_POLL = 25;

interface ApAnswer {
  nextrequest: string | null;
  isTruncated: boolean;
}

/** The two fields the poller needs from an answer; null when it is not AP's JSON. */
function readApAnswer(body: Uint8Array): ApAnswer | null {
  try {
    const json: unknown = JSON.parse(Buffer.from(body).toString("utf8"));
    if (!json || typeof json !== "object" || Array.isArray(json)) return null;
    const { nextrequest, isTruncated } = json as Record<string, unknown>;
    return { nextrequest: typeof nextrequest === "string" && nextrequest !== "" ? nextrequest : null, isTruncated: isTruncated === true };
  } catch {
    return null;
  }
}

/** Why AP's nextrequest cannot be followed, or null: it must be a web address on the source's own host. */
function nextRequestProblem(next: string, source: PolledSource): string | null {
  let url: URL;
  try {
    url = new URL(next);
  } catch {
    return "AP's nextrequest is not a web address.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "AP's nextrequest is not an http:// or https:// address.";
  // The key goes with every request: only to the host the editor named.
  const host = new URL(source.url).hostname;
  if (url.hostname !== host) return `AP's nextrequest points at ${url.hostname}, not ${host}: not followed.`;
  return null;
}

export async function pollAp(source: PolledSource, context: PollContext): Promise<PollOutcome> {
  if (!context.apKey) return { ...nothingNew(), error: "AP_API_KEY is not set on the server: AP sources cannot be asked." };
  let url = source.nextRequest ?? source.url;
  let etag = source.etag;
  let applied = 0;
  let changed = false;
  let quotaWait = 0;
  const state: PollOutcome["state"] = {};
  const outcome = (error: string | null): PollOutcome => ({ state, applied, changed, error, quotaWaitSeconds: quotaWait });

  for (let answers = 0; answers < MAX_ANSWERS_PER_POLL; answers++) {
    let response;
    try {
      response = await feedGet(
        { url, headers: { accept: "application/json", ...(etag && { "if-none-match": etag }) }, secretHeaders: { "x-api-key": context.apKey } },
        context.http,
      );
    } catch (error) {
      // Keep what the answers before this one moved on.
      if (error instanceof FeedFetchError) return outcome(error.message);
      throw error;
    }
    quotaWait = Math.max(quotaWait, quotaWaitSeconds(response.headers));
    if (response.status === 304) return outcome(null);
    if (response.status !== 200) return outcome(httpFailure("AP", response));

    const answer = readApAnswer(response.body);
    if (!answer) return outcome(`AP's answer to ${withoutKey(url)} is not JSON.`);
    const problem = answer.nextrequest && nextRequestProblem(answer.nextrequest, source);
    if (problem) return outcome(problem);
    try {
      const report = await context.apply(response.body, {
        origin: "poller",
        sourceId: source.id,
        requestUrl: withoutKey(url),
        ...(response.headers.etag && { etag: response.headers.etag }),
      });
      applied++;
      changed ||= !report.unchanged;
    } catch (error) {
      return outcome(applyFailure(error).message);
    }
    // Applied: from here on, ask what changed since this answer.
    state.nextRequest = answer.nextrequest ?? url;
    state.etag = response.headers.etag ?? null;
    if (!answer.isTruncated || !answer.nextrequest) return outcome(null);
    url = answer.nextrequest;
    etag = null;
  }
  return outcome(null);
}
