import "server-only";
// `POST /api/v1/elections/{slug}/feeds`, `PATCH` and `DELETE …/feeds/{id}`, and the desk's feeds
// page: the feeds an election is polled from. Editors only. A source's format and URL cannot change
// (the poller's state, AP's nextrequest or Clarity's version, belongs to them): remove it and add
// another. Adding or resuming a source, or changing its interval, makes it due at once, so the
// poller picks it up within a tick. Removing one keeps its snapshots (they are the night's record).
import { randomUUID } from "node:crypto";
import { feedSourceEditSchema, intervalProblem, newFeedSourceSchema, raceKeysOf, storedRaceKeys } from "@/lib/domain/feeds/feed-source-input";
import type { FeedSourceState } from "@/lib/domain/feeds/feed-source-json";
import type { FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { auditData } from "@/lib/server/audit";
import { fieldChanges } from "@/lib/server/commands/election-setup-changes";
import { parseSetupInput } from "@/lib/server/commands/election-setup-input";
import { db } from "@/lib/server/db";
import { invalid, notFound } from "@/lib/server/errors";
import { readFeedSourceState } from "@/lib/server/queries/feed-sources";

async function electionId(slug: string): Promise<string> {
  const election = await db.election.findUnique({ where: { slug }, select: { id: true } });
  if (!election) throw notFound(`Election "${slug}"`);
  return election.id;
}

async function loadSource(electionSlug: string, id: string) {
  const source = await db.feedSource.findFirst({
    where: { id, election: { slug: electionSlug } },
    select: { id: true, electionId: true, name: true, format: true, url: true, intervalSeconds: true, races: true, createMissing: true, paused: true },
  });
  if (source) return source;
  await electionId(electionSlug);
  throw notFound(`Feed source "${id}" of this election`);
}

export async function addFeedSource(actor: Actor | null, electionSlug: string, rawInput: unknown): Promise<FeedSourceState> {
  const who = authorize(actor, "feed:manage");
  const input = parseSetupInput(newFeedSourceSchema, rawInput);
  const election = await electionId(electionSlug);
  const id = randomUUID();
  await db.$transaction([
    db.feedSource.create({
      data: { ...input, id, electionId: election, races: storedRaceKeys(input.races), createdById: who.userId, nextFetchAt: null },
    }),
    db.auditEvent.create({
      data: auditData({ action: "feed_source.added", actor: who, subjectType: "FeedSource", subjectId: id, detail: { election: electionSlug, ...input, via: who.via } }),
    }),
  ]);
  return (await readFeedSourceState(id))!;
}

export async function updateFeedSource(actor: Actor | null, electionSlug: string, id: string, rawInput: unknown): Promise<FeedSourceState> {
  const who = authorize(actor, "feed:manage");
  const input = parseSetupInput(feedSourceEditSchema, rawInput);
  const source = await loadSource(electionSlug, id);
  const problem = input.intervalSeconds === undefined ? null : intervalProblem(source.format as FeedFormat, input.intervalSeconds);
  if (problem) throw invalid({ intervalSeconds: problem });

  const current = { name: source.name, intervalSeconds: source.intervalSeconds, races: raceKeysOf(source.races), createMissing: source.createMissing, paused: source.paused };
  const changes = fieldChanges(current, input);
  if (changes) {
    const dueNow = (source.paused && input.paused === false) || (input.intervalSeconds !== undefined && input.intervalSeconds !== source.intervalSeconds);
    const { races, ...rest } = input;
    await db.$transaction([
      db.feedSource.update({
        where: { id },
        data: { ...rest, ...(races && { races: storedRaceKeys(races) }), ...(dueNow && { nextFetchAt: new Date() }) },
      }),
      db.auditEvent.create({
        data: auditData({ action: "feed_source.updated", actor: who, subjectType: "FeedSource", subjectId: id, detail: { election: electionSlug, ...changes, via: who.via } }),
      }),
    ]);
  }
  return (await readFeedSourceState(id))!;
}

export async function removeFeedSource(actor: Actor | null, electionSlug: string, id: string): Promise<{ id: string; removed: true }> {
  const who = authorize(actor, "feed:manage");
  const source = await loadSource(electionSlug, id);
  await db.$transaction([
    db.feedSource.deleteMany({ where: { id } }),
    db.auditEvent.create({
      data: auditData({
        action: "feed_source.removed",
        actor: who,
        subjectType: "FeedSource",
        subjectId: id,
        detail: { election: electionSlug, name: source.name, format: source.format, url: source.url, via: who.via },
      }),
    }),
  ]);
  return { id, removed: true };
}
