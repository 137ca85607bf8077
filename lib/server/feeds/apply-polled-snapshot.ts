import "server-only";
// ============================================================================================
// WIRING POINT: the one place the pollers reach the feed importer.
// `importFeedSnapshot` (lib/server/feeds/import-feed.ts, the lead's) was not on main when the
// pollers were written. Once it is, replace the body below with:
//
//   import { importFeedSnapshot } from "@/lib/server/feeds/import-feed";
//   export const applyPolledSnapshot: ApplyFeedSnapshot = (source, bytes, meta) =>
//     importFeedSnapshot(FEED_POLLER, source.electionSlug, bytes, { format: source.format, create: source.createMissing }, meta);
//
// (the source's `races` filter is in `source.races`, and on the FeedSource row named by meta.sourceId.)
// ============================================================================================
import type { Actor } from "@/lib/server/auth/actor";
import type { ApplyFeedSnapshot } from "@/lib/server/feeds/poll-types";

/** Who the importer records as having applied a polled snapshot: editor rights, so `createMissing` may create races. */
export const FEED_POLLER: Actor = { userId: "feed-poller", name: "Feed poller", email: "", role: "editor", via: "cli" };

export const applyPolledSnapshot: ApplyFeedSnapshot = async () => {
  throw new Error("The feed importer is not wired in yet: see lib/server/feeds/apply-polled-snapshot.ts.");
};
