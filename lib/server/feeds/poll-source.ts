import "server-only";
// One poll of one source, whatever its format: the fetcher for the format, and any failure to
// reach the feed (a refused address, a timeout, an answer over the cap) as the outcome's error.
import { FeedFetchError } from "@/lib/server/feeds/feed-http";
import { pollAp } from "@/lib/server/feeds/fetch-ap";
import { pollClarity } from "@/lib/server/feeds/fetch-clarity";
import { pollOpenElections } from "@/lib/server/feeds/fetch-openelections";
import { nothingNew, type PollContext, type PollOutcome, type PolledSource } from "@/lib/server/feeds/poll-types";

const POLLERS = {
  "ap-json": pollAp,
  "clarity-xml": pollClarity,
  "clarity-json": pollClarity,
  "openelections-csv": pollOpenElections,
} satisfies Record<PolledSource["format"], (source: PolledSource, context: PollContext) => Promise<PollOutcome>>;

export async function pollFeedSource(source: PolledSource, context: PollContext): Promise<PollOutcome> {
  try {
    return await POLLERS[source.format](source, context);
  } catch (error) {
    if (error instanceof FeedFetchError) return { ...nothingNew(), error: error.message };
    console.error(`Polling feed source ${source.id} failed:`, error);
    return { ...nothingNew(), error: "Polling failed: an unexpected error (see the server log)." };
  }
}
