import "server-only";
// The poller's reads and writes of FeedSource rows. No interactive transaction (prisma/orm#29870 on
// SQLite): a source is claimed by one version-checked updateMany on its nextFetchAt, so two pollers
// that both see it due (a leader handing over) cannot both fetch it, and a poll's outcome is one
// plain update of the poller's own columns, which the desk's commands never write. A source removed
// meanwhile is simply not updated.
import { Prisma } from "@/lib/generated/prisma/client";
import { nextFetchDelaySeconds } from "@/lib/domain/feeds/feed-backoff";
import { raceKeysOf } from "@/lib/domain/feeds/feed-source-input";
import type { FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import { db } from "@/lib/server/db";
import type { PollOutcome, PolledSource } from "@/lib/server/feeds/poll-types";
import { feedSourceSettingsSelect } from "@/lib/server/queries/feed-sources";
import { sqlTimestamp } from "@/lib/server/sql-dialect";
import { outboxStatement } from "@/lib/server/webhooks/outbox";

export interface DueSource extends PolledSource {
  nextFetchAt: Date | null;
}

const sourceSelect = {
  ...feedSourceSettingsSelect,
  nextRequest: true,
  etag: true,
  version: true,
  failures: true,
  nextFetchAt: true,
  election: { select: { slug: true } },
} as const;

const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

/** Sources not paused whose next fetch is due (never fetched first), soonest first. */
export async function dueFeedSources(now: Date, exclude: readonly string[], limit: number): Promise<DueSource[]> {
  if (limit <= 0) return [];
  const rows = await db.feedSource.findMany({
    where: { paused: false, id: { notIn: [...exclude] }, OR: [{ nextFetchAt: null }, { nextFetchAt: { lte: now } }] },
    orderBy: [{ nextFetchAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: limit,
    select: sourceSelect,
  });
  return rows.map(({ election, races, format, ...row }) => ({ ...row, format: format as FeedFormat, electionSlug: election.slug, races: raceKeysOf(races) }));
}

/**
 * Takes the source for one poll: moves its next fetch one interval on, provided nobody else did
 * since it was read and it is still not paused. False when another poller got there first.
 */
export async function claimFeedSource(source: DueSource, now: Date): Promise<boolean> {
  const { count } = await db.feedSource.updateMany({
    where: { id: source.id, paused: false, nextFetchAt: source.nextFetchAt },
    data: { nextFetchAt: later(now, source.intervalSeconds) },
  });
  return count === 1;
}

/**
 * Stores what a poll found: its state (nextrequest, ETag, version), when it answered or failed, and
 * when to ask next: the interval after a success, a doubling backoff after failures, never before
 * a quota header allows. A source that answered before and failed now has just become failing (the
 * desk's word for a source with failures in a row): that is announced once, with the failure, in the
 * same batch (`feed.failing`); the failures after it are not, until it has answered again.
 */
export async function recordPollOutcome(source: PolledSource, outcome: PollOutcome, now: Date): Promise<void> {
  const failures = outcome.error === null ? 0 : source.failures + 1;
  const nextFetchAt = later(now, nextFetchDelaySeconds(source.intervalSeconds, failures, outcome.quotaWaitSeconds));
  const result = outcome.error === null ? { lastFetchAt: now } : { lastError: outcome.error.slice(0, 2000), lastErrorAt: now };
  // A truncated AP run can apply some answers and then fail: what it applied still changed the count.
  const change = outcome.changed ? { lastChangeAt: now } : {};
  const update = db.feedSource.updateMany({ where: { id: source.id }, data: { ...outcome.state, ...result, ...change, failures, nextFetchAt } });
  if (outcome.error === null || source.failures > 0) {
    await update;
    return;
  }
  const alert = { type: "feed.failing" as const, data: { source: { id: source.id, name: source.name, format: source.format }, election: source.electionSlug, error: outcome.error } };
  // A source removed meanwhile is not updated, and announces nothing.
  await db.$transaction([update, db.$executeRaw(outboxStatement([alert], sqlTimestamp(now), Prisma.sql`EXISTS (SELECT 1 FROM "FeedSource" WHERE "id" = ${source.id} AND "failures" = 1)`))]);
}
