import "server-only";
// Reads of an election's polled feed sources and their state, for the desk's feeds page and
// `GET /api/v1/elections/{slug}/feeds`. Staff may look; editors manage them (commands/feed-sources.ts).
// The snapshots' payloads are never read here: only their status, time and hash.
import { raceKeysOf } from "@/lib/domain/feeds/feed-source-input";
import type { FeedSourceList, FeedSourceState } from "@/lib/domain/feeds/feed-source-json";
import type { FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LATEST_SNAPSHOTS = 5;
const SHA_PREFIX = 12;

/** A source's settings, as the editor set them (the poller reads them too). */
export const feedSourceSettingsSelect = {
  id: true,
  name: true,
  format: true,
  url: true,
  intervalSeconds: true,
  races: true,
  createMissing: true,
} satisfies Prisma.FeedSourceSelect;

const sourceSelect = {
  ...feedSourceSettingsSelect,
  paused: true,
  lastFetchAt: true,
  lastChangeAt: true,
  lastError: true,
  lastErrorAt: true,
  failures: true,
  nextFetchAt: true,
  version: true,
  _count: { select: { snapshots: true } },
  snapshots: {
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: LATEST_SNAPSHOTS,
    select: { id: true, status: true, receivedAt: true, sha256: true, sourceVersion: true },
  },
} satisfies Prisma.FeedSourceSelect;

type SourceRow = NonNullable<Awaited<ReturnType<typeof readSourceRow>>>;

const readSourceRow = (id: string) => db.feedSource.findUnique({ where: { id }, select: sourceSelect });

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toState({ _count, snapshots, races, format, ...row }: SourceRow): FeedSourceState {
  return {
    ...row,
    format: format as FeedFormat,
    races: raceKeysOf(races),
    lastFetchAt: iso(row.lastFetchAt),
    lastChangeAt: iso(row.lastChangeAt),
    lastErrorAt: iso(row.lastErrorAt),
    nextFetchAt: iso(row.nextFetchAt),
    snapshotCount: _count.snapshots,
    latestSnapshots: snapshots.map((s) => ({ ...s, receivedAt: s.receivedAt.toISOString(), sha256: s.sha256.slice(0, SHA_PREFIX) })),
  };
}

/** One source as the API answers it, for the commands that just wrote it (they have checked the actor). */
export async function readFeedSourceState(id: string): Promise<FeedSourceState | null> {
  const row = await readSourceRow(id);
  return row && toState(row);
}

export interface ElectionFeeds extends FeedSourceList {
  electionName: string;
}

/** An election's sources, oldest first; null when there is no such election. */
export async function listFeedSources(actor: Actor | null, electionSlug: string): Promise<ElectionFeeds | null> {
  authorize(actor, "desk:read");
  const election = await db.election.findUnique({
    where: { slug: electionSlug },
    select: { slug: true, name: true, feedSources: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: sourceSelect } },
  });
  if (!election) return null;
  return { election: election.slug, electionName: election.name, sources: election.feedSources.map(toState) };
}

export interface ElectionFeedSummary {
  slug: string;
  name: string;
  sources: number;
  paused: number;
  /** Sources whose last poll failed. */
  failing: number;
}

/** Every election with how its sources are doing, newest election first, for the desk's dashboard. */
export async function summarizeElectionFeeds(actor: Actor | null): Promise<ElectionFeedSummary[]> {
  authorize(actor, "desk:read");
  const elections = await db.election.findMany({
    orderBy: [{ date: "desc" }, { name: "asc" }],
    select: { slug: true, name: true, feedSources: { select: { paused: true, failures: true } } },
  });
  return elections.map(({ slug, name, feedSources }) => ({
    slug,
    name,
    sources: feedSources.length,
    paused: feedSources.filter((s) => s.paused).length,
    failing: feedSources.filter((s) => s.failures > 0).length,
  }));
}
