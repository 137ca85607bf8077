import "server-only";
// `POST /api/v1/elections/{slug}/feed-imports`, `npm run feed -- import`, the desk's feed page, the
// pollers and replays: one feed snapshot (AP JSON, Clarity XML or JSON, OpenElections CSV) applied
// to an election all or nothing, through the same guarded write path as the desk.
//
// Every snapshot is kept (compressed, with its sha256 and what became of it), refused ones too, so a
// night can be audited and replayed. The same bytes as the source's last snapshot are a no-op.
import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { feedImportOptionsSchema, type FeedImportReport } from "@/lib/domain/feeds/feed-import";
import { planFeedImport, type FeedPlan } from "@/lib/domain/feeds/feed-plan";
import { MAX_FEED_BYTES, type FeedProblem, type ParsedFeed } from "@/lib/domain/feeds/feed-snapshot";
import { parseFeed } from "@/lib/domain/feeds/parse-feed";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError, notFound, payloadTooLarge } from "@/lib/server/errors";
import { findFeedElection, loadDeskElection, type FeedElection } from "@/lib/server/feeds/feed-election";
import { feedWrite, sourceName, type SnapshotRow } from "@/lib/server/feeds/feed-write";
import { followSourceCalls } from "@/lib/server/commands/follow-source-calls";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { sqlTimestamp } from "@/lib/server/sql-dialect";

/** Where a snapshot came from, kept with it. */
export interface SnapshotMeta {
  origin: "upload" | "poller" | "replay" | "cli";
  sourceId?: string;
  requestUrl?: string;
  etag?: string;
  sourceVersion?: string;
  /** The feed's race keys to take (a feed source's list); empty or absent takes every race. */
  onlyRaces?: readonly string[];
}

/** A snapshot checked against a desk that moved meanwhile is planned again, this many times. */
const ATTEMPTS = 3;

function snapshotRow(election: FeedElection, actor: Actor, format: string, bytes: Uint8Array, meta: SnapshotMeta): Omit<SnapshotRow, "status" | "report" | "isTest"> {
  return {
    id: randomUUID(),
    electionId: election.id,
    sourceId: meta.sourceId ?? null,
    origin: meta.origin,
    format,
    requestUrl: meta.requestUrl ?? null,
    sourceTimestamp: null,
    sourceVersion: meta.sourceVersion ?? null,
    etag: meta.etag ?? null,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteLength: bytes.byteLength,
    bytes: gzipSync(bytes),
    actorId: actor.userId,
    actorLabel: actor.name,
  };
}

async function lastSha256(electionId: string, format: string, meta: SnapshotMeta): Promise<string | null> {
  const last = await db.feedSnapshot.findFirst({
    where: { electionId, format, sourceId: meta.sourceId ?? null, status: { in: ["applied", "unchanged"] } },
    orderBy: { receivedAt: "desc" },
    select: { sha256: true },
  });
  return last?.sha256 ?? null;
}

/** Keeps a snapshot that is not applied (refused, or the same as the last) as its own row. */
async function keep(row: SnapshotRow): Promise<void> {
  await db.feedSnapshot.create({ data: { ...row, bytes: Buffer.from(row.bytes) } });
}

function refusal(report: FeedImportReport): CommandError<"feed_refused"> {
  const count = report.problems.length;
  return new CommandError("feed_refused", `The snapshot has ${count === 1 ? "1 problem" : `${count.toLocaleString("en-US")} problems`}; nothing was applied.`, report);
}

function reportOf(plan: FeedPlan | null, feed: ParsedFeed, snapshotId: string | null, dryRun: boolean, problems: FeedProblem[]): FeedImportReport {
  return { snapshotId, unchanged: false, dryRun, isTest: feed.isTest, races: plan?.races ?? [], problems };
}

/**
 * Reads, checks and (unless a dry run) applies one feed snapshot to an election. A snapshot with
 * any problem is refused (422 `feed_refused`, every problem listed) and changes nothing.
 */
export async function importFeedSnapshot(
  actor: Actor | null,
  electionSlug: string,
  payload: Uint8Array | (() => Promise<Uint8Array>),
  rawOptions: unknown,
  meta: SnapshotMeta,
): Promise<FeedImportReport> {
  const who = authorize(actor, "tally:import");
  const options = parseInput(feedImportOptionsSchema, rawOptions);
  if (options.create) authorize(actor, "election:setup");
  // An upload is read only now, once the caller may send it.
  const bytes = typeof payload === "function" ? await payload() : payload;
  if (bytes.byteLength > MAX_FEED_BYTES) throw payloadTooLarge(`A feed snapshot may be at most ${MAX_FEED_BYTES / 1024 / 1024} MB.`);
  const election = await findFeedElection(electionSlug);
  if (!election) throw notFound("The election");

  const base = snapshotRow(election, who, options.format, bytes, meta);
  if (!options.dryRun && (await lastSha256(election.id, options.format, meta)) === base.sha256) {
    await keep({ ...base, bytes: new Uint8Array(), isTest: election.isTest, status: "unchanged", report: "{}" });
    return { snapshotId: base.id, unchanged: true, dryRun: false, isTest: election.isTest, races: [], problems: [] };
  }

  const feed = parseFeed(options.format, bytes);
  const row = { ...base, sourceTimestamp: feed.sourceTimestamp, sourceVersion: feed.sourceVersion ?? base.sourceVersion, isTest: feed.isTest };
  const refuse = async (report: FeedImportReport) => {
    if (!options.dryRun) await keep({ ...row, status: "refused", report: JSON.stringify(report) });
    return refusal(report);
  };
  if (feed.problems.length > 0) throw await refuse(reportOf(null, feed, options.dryRun ? null : row.id, options.dryRun, feed.problems));

  const personKeys = [...new Set(feed.races.flatMap((race) => race.candidates.flatMap((c) => (c.personKey ? [c.personKey] : []))))];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const desk = await loadDeskElection(election, { create: options.create, personKeys });
    const plan = planFeedImport(feed, desk, { create: options.create, onlyRaces: meta.onlyRaces, newId: randomUUID });
    if (plan.problems.length > 0) throw await refuse(reportOf(plan, feed, options.dryRun ? null : row.id, options.dryRun, [...plan.problems, ...plan.warnings]));
    if (options.dryRun) return reportOf(plan, feed, null, true, plan.warnings);

    const report = reportOf(plan, feed, row.id, false, plan.warnings);
    const slugOf = new Map([...desk.races.map((r) => [r.id, r.slug] as const), ...plan.newRaces.map((r) => [r.id, r.slug] as const)]);
    const { won } = await runGuardedWrite(() =>
      feedWrite({
        snapshot: { ...row, status: "applied", report: JSON.stringify(report) },
        plan,
        electionId: election.id,
        actor: who,
        at: sqlTimestamp(new Date()),
        note: `${sourceName(options.format)} feed, snapshot ${row.id}`,
        races: plan.changedRaceIds.map((id) => ({ id, slug: slugOf.get(id)!, electionSlug: election.slug })),
        audit: {
          action: "feed.imported",
          detail: {
            format: options.format,
            origin: meta.origin,
            sha256: row.sha256,
            races: plan.races.map((r) => ({ slug: r.slug, created: r.created, unitsChanged: r.unitsChanged, unitsHeld: r.unitsHeld })),
            markedTest: plan.markTest,
            via: who.via,
          },
        },
      }),
    );
    if (!won) continue;
    if (plan.sourceCalls.length > 0) await followSourceCalls(plan.sourceCalls.map((call) => call.raceId));
    return report;
  }
  throw new CommandError(
    "version_conflict",
    "Units in the snapshot kept changing on the desk while it was being checked; nothing was applied. Send it again.",
    { units: [] },
  );
}
