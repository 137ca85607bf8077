import "server-only";
// The pollers' way into the feed import command: each polled payload is imported into its source's
// election with the source's format and options, as the source itself (editor rights, so a source
// with `createMissing` may create races; its name in the history, "Feed: AP Kentucky"). It lives
// beside the commands because it calls one; the poller (lib/server/feeds) takes it as a dependency
// from instrumentation.ts.
import type { Actor } from "@/lib/server/auth/actor";
import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
import type { ApplyFeedSnapshot, PolledSource } from "@/lib/server/feeds/poll-types";

/** Who the importer records as having applied a polled snapshot: the source, by name. */
export function feedPoller(source: Pick<PolledSource, "id" | "name">): Actor {
  return { userId: `feed-source:${source.id}`, name: `Feed: ${source.name}`, email: "", role: "editor", via: "cli" };
}

export const applyPolledSnapshot: ApplyFeedSnapshot = (source, bytes, meta) =>
  importFeedSnapshot(feedPoller(source), source.electionSlug, bytes, { format: source.format, create: source.createMissing }, { ...meta, onlyRaces: source.races });
