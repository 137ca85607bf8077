import "server-only";
// What the pollers pass around: a source as a poll sees it, the importer they hand payloads to, and
// what one poll found. The fetchers (fetch-*.ts) read nothing from the database and write nothing:
// the poller (poller.ts) claims the source, calls them, and records their outcome.
import type { FeedImportReport } from "@/lib/domain/feeds/feed-import";
import type { FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import type { FeedHttpOptions } from "@/lib/server/feeds/feed-http";

/** What the importer is told about a polled payload: importFeedSnapshot's SnapshotMeta, origin "poller". */
export interface PolledSnapshotMeta {
  origin: "poller";
  sourceId: string;
  /** The URL the payload came from, without any key. */
  requestUrl: string;
  etag?: string;
  /** Clarity's version number. */
  sourceVersion?: string;
}

export interface PolledSource {
  id: string;
  electionSlug: string;
  name: string;
  format: FeedFormat;
  url: string;
  intervalSeconds: number;
  /** The feed's race keys to take; empty takes every race. */
  races: string[];
  createMissing: boolean;
  /** AP: the nextrequest URL to ask; null before the first answer. */
  nextRequest: string | null;
  etag: string | null;
  /** Clarity: the version last taken. */
  version: string | null;
  failures: number;
}

/**
 * Applies one payload to the source's election: importFeedSnapshot with the source's format and
 * options (lib/server/commands/apply-polled-snapshot.ts). Throws CommandError `feed_refused` for a snapshot with problems.
 */
export type ApplyFeedSnapshot = (source: PolledSource, bytes: Uint8Array, meta: PolledSnapshotMeta) => Promise<FeedImportReport>;

export interface PollContext {
  http: FeedHttpOptions;
  /** AP_API_KEY, for ap-json sources. */
  apKey: string | undefined;
  apply: (bytes: Uint8Array, meta: PolledSnapshotMeta) => Promise<FeedImportReport>;
}

/** The poller state to store; a field left out keeps what is stored. */
export interface PollState {
  nextRequest?: string | null;
  etag?: string | null;
  version?: string | null;
}

export interface PollOutcome {
  state: PollState;
  /** How many payloads were handed to the importer. */
  applied: number;
  /** Whether any of them changed something (an import that was not `unchanged`). */
  changed: boolean;
  /** Why the poll failed, in words; null when it succeeded (a 304 included). */
  error: string | null;
  /** Seconds a quota header says to wait before asking again (0 when none). */
  quotaWaitSeconds: number;
}

export const nothingNew = (state: PollState = {}, quotaWaitSeconds = 0): PollOutcome => ({ state, applied: 0, changed: false, error: null, quotaWaitSeconds });
