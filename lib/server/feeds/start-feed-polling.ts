import "server-only";
// Starts this instance's feed poller when the server starts (instrumentation.ts), unless
// FEED_POLLING=off, and stops it on SIGINT/SIGTERM: the polls under way finish, and on PostgreSQL
// the polling lock is released so another instance takes over at once. One poller per process, even
// when development reloads the module. `apply` is the import command's adapter
// (lib/server/commands/apply-polled-snapshot.ts), handed in because this layer sits below the commands.
import { databaseProvider } from "@/lib/server/database-url";
import { env } from "@/lib/server/env";
import { feedHttpOptions } from "@/lib/server/feeds/feed-settings";
import { FeedPoller } from "@/lib/server/feeds/poller";
import { advisoryLockLeadership, soleInstance } from "@/lib/server/feeds/poller-leadership";
import type { ApplyFeedSnapshot } from "@/lib/server/feeds/poll-types";

const globalForPoller = globalThis as unknown as { resultsDeskFeedPoller?: FeedPoller };

export function startFeedPolling(apply: ApplyFeedSnapshot): FeedPoller | null {
  if (env.FEED_POLLING === "off") return null;
  if (globalForPoller.resultsDeskFeedPoller) return globalForPoller.resultsDeskFeedPoller;
  const leadership = databaseProvider(env.DATABASE_URL) === "postgresql" ? advisoryLockLeadership(env.DATABASE_URL) : soleInstance;
  const poller = new FeedPoller({ apply, leadership, http: feedHttpOptions(), apKey: env.AP_API_KEY });
  globalForPoller.resultsDeskFeedPoller = poller;
  poller.start();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void poller.stop().catch((error: unknown) => console.error("Feed poller: could not stop cleanly:", error)));
  }
  return poller;
}
