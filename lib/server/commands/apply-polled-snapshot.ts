import "server-only";
// The pollers' way into the feed import command: each polled payload is imported into its source's
// election with the source's format and options, as the "Feed poller" (editor rights, so a source
// with `createMissing` may create races). It lives beside the commands because it calls one; the
// poller (lib/server/feeds) takes it as a dependency from instrumentation.ts.
//
// ============================================================================================
// WIRING POINT. `importFeedSnapshot` is in lib/server/commands/import-feed.ts on the lead's
// feed-import branch, not yet on main when this was written. Once it is, replace the body of
// applyPolledSnapshot below with:
//
//   import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
//   …
//   importFeedSnapshot(FEED_POLLER, source.electionSlug, bytes, { format: source.format, create: source.createMissing }, { ...meta, onlyRaces: source.races });
// ============================================================================================
import type { Actor } from "@/lib/server/auth/actor";
import type { ApplyFeedSnapshot } from "@/lib/server/feeds/poll-types";

/** Who the importer records as having applied a polled snapshot. */
export const FEED_POLLER: Actor = { userId: "feed-poller", name: "Feed poller", email: "", role: "editor", via: "cli" };

export const applyPolledSnapshot: ApplyFeedSnapshot = async () => {
  throw new Error("The feed importer is not wired in yet: see lib/server/commands/apply-polled-snapshot.ts.");
};
