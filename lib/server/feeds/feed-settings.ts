import "server-only";
// The limits every feed fetch runs under, from the settings (env.ts): the hosts allowed to be
// private, a 10-second deadline, and the snapshot size cap.
import { MAX_FEED_BYTES } from "@/lib/domain/feeds/feed-snapshot";
import { env } from "@/lib/server/env";
import type { FeedHttpOptions } from "@/lib/server/feeds/feed-http";

export const FEED_TIMEOUT_MS = 10_000;

export function feedHttpOptions(): FeedHttpOptions {
  return { allowedHosts: env.FEED_ALLOWED_HOSTS, timeoutMs: FEED_TIMEOUT_MS, maxBytes: MAX_FEED_BYTES };
}
