import "server-only";
// Feed counts held beside units the desk entered by hand (HeldFeedCount, recorded by the feed
// import), with the desk's count they are held against: for the race desk's unit forms and the
// dashboard's "units held against the feed".
import { countsDiffer, heldCountDifferences, type CountDifferences, type UnitCount } from "@/lib/domain/feeds/held-count";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { sourceName } from "@/lib/server/feeds/feed-write";

export interface HeldFeedCount {
  race: { slug: string; name: string; electionName: string };
  unit: { slug: string; name: string; version: number };
  /** Whose count it is: "AP", "Clarity"… */
  source: string;
  snapshotId: string;
  receivedAt: string;
  /** The feed's count; votes by candidate slug. */
  feed: UnitCount;
  /** The desk's count it is held against; votes by candidate slug. */
  desk: UnitCount;
  candidates: { slug: string; name: string }[];
  differences: CountDifferences;
  differs: boolean;
}

/**
 * The held counts of one race (`raceSlug`) or of every race. Only units whose count is still the
 * desk's own: once a feed or a file writes the unit, its count is no longer held against the feed.
 */
export async function listHeldFeedCounts(actor: Actor | null, options: { raceSlug?: string } = {}): Promise<HeldFeedCount[]> {
  authorize(actor, "desk:read");
  const rows = await db.heldFeedCount.findMany({
    where: { unit: { countSource: "manual", ...(options.raceSlug !== undefined && { race: { slug: options.raceSlug } }) } },
    orderBy: [{ unit: { race: { sortOrder: "asc" } } }, { unit: { position: "asc" } }],
    select: {
      snapshotId: true,
      precinctsReporting: true,
      ballotsCast: true,
      votes: true,
      receivedAt: true,
      unit: {
        select: {
          slug: true,
          name: true,
          version: true,
          precinctsReporting: true,
          ballotsCast: true,
          tallies: { select: { candidacyId: true, votes: true } },
          race: {
            select: {
              slug: true,
              office: true,
              seat: true,
              election: { select: { name: true } },
              candidacies: { orderBy: { ballotOrder: "asc" }, select: { id: true, candidate: { select: { slug: true, name: true } } } },
            },
          },
        },
      },
    },
  });
  const snapshots = await db.feedSnapshot.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.snapshotId))] } }, select: { id: true, format: true } });
  const formatOf = new Map(snapshots.map((s) => [s.id, s.format]));

  return rows.map((row) => {
    const { unit } = row;
    const candidacies = unit.race.candidacies;
    const heldVotes = JSON.parse(row.votes) as Record<string, number>;
    const deskVotes = new Map(unit.tallies.map((t) => [t.candidacyId, t.votes]));
    const feed: UnitCount = {
      precinctsReporting: row.precinctsReporting,
      ballotsCast: row.ballotsCast,
      votes: Object.fromEntries(candidacies.filter((c) => Object.hasOwn(heldVotes, c.id)).map((c) => [c.candidate.slug, heldVotes[c.id]!])),
    };
    const desk: UnitCount = {
      precinctsReporting: unit.precinctsReporting,
      ballotsCast: unit.ballotsCast,
      votes: Object.fromEntries(candidacies.map((c) => [c.candidate.slug, deskVotes.get(c.id) ?? 0])),
    };
    const differences = heldCountDifferences(feed, desk);
    const format = formatOf.get(row.snapshotId);
    return {
      race: { slug: unit.race.slug, name: `${unit.race.office}, ${unit.race.seat}`, electionName: unit.race.election.name },
      unit: { slug: unit.slug, name: unit.name, version: unit.version },
      source: format ? sourceName(format) : "Feed",
      snapshotId: row.snapshotId,
      receivedAt: row.receivedAt.toISOString(),
      feed,
      desk,
      candidates: candidacies.map((c) => c.candidate),
      differences,
      differs: countsDiffer(differences),
    };
  });
}
