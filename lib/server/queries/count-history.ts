import "server-only";
// A race's latest count changes as the desk reads them: one entry per write (a desk save, a CSV
// file, a feed snapshot, a released hold), newest first, saying where the numbers came from ("Desk
// entry", "AP feed", "Feed correction (AP)"), who or what wrote them, and how each candidate moved.
import { countChangeLabel } from "@/lib/domain/count-source";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { sourceName } from "@/lib/server/feeds/feed-write";

export interface CountHistoryEntry {
  batchId: string;
  at: string;
  /** Where the numbers came from, in the desk's words. */
  label: string;
  correction: boolean;
  actor: string;
  note: string | null;
  /** The unit's name, or how many units the write changed. */
  units: string;
  /** Each candidate's net change in this write, in ballot order. */
  changes: { name: string; delta: number }[];
}

/** What a count change row says of its write: the same for a race's history and a unit's (unit-history.ts). */
export const countChangeSelect = {
  batchId: true,
  source: true,
  correction: true,
  actorLabel: true,
  note: true,
  createdAt: true,
  before: true,
  after: true,
} as const;

/** A feed write's note names its snapshot (`AP feed, snapshot <id>`): a released hold's batch is not the snapshot's own. */
const SNAPSHOT_IN_NOTE = /\bsnapshot ([\w-]+)/;

export async function listCountHistory(actor: Actor | null, raceSlug: string, limit = 20): Promise<CountHistoryEntry[]> {
  authorize(actor, "desk:read");
  const latest = await db.tallyChange.groupBy({
    by: ["batchId"],
    where: { race: { slug: raceSlug } },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take: limit,
  });
  if (latest.length === 0) return [];
  const rows = await db.tallyChange.findMany({
    where: { race: { slug: raceSlug }, batchId: { in: latest.map((b) => b.batchId) } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      ...countChangeSelect,
      unitId: true,
      unit: { select: { name: true } },
      candidacy: { select: { ballotOrder: true, candidate: { select: { name: true } } } },
    },
  });

  const snapshotIds = new Set(rows.filter((r) => r.source === "feed").map((r) => r.note?.match(SNAPSHOT_IN_NOTE)?.[1] ?? r.batchId));
  const snapshots = await db.feedSnapshot.findMany({ where: { id: { in: [...snapshotIds] } }, select: { id: true, format: true } });
  const feedOf = new Map(snapshots.map((s) => [s.id, sourceName(s.format)]));

  const batches = new Map<string, typeof rows>();
  for (const row of rows) {
    const batch = batches.get(row.batchId);
    if (batch) batch.push(row);
    else batches.set(row.batchId, [row]);
  }
  return latest.flatMap(({ batchId }) => {
    const batch = batches.get(batchId);
    if (!batch) return [];
    const first = batch[0]!;
    const correction = batch.some((r) => r.correction);
    const feedName = first.source === "feed" ? (feedOf.get(first.note?.match(SNAPSHOT_IN_NOTE)?.[1] ?? batchId) ?? null) : null;
    const units = new Map(batch.map((r) => [r.unitId, r.unit.name]));
    const deltas = new Map<string, { name: string; order: number; delta: number }>();
    for (const r of batch) {
      const name = r.candidacy.candidate.name;
      const entry = deltas.get(name) ?? { name, order: r.candidacy.ballotOrder, delta: 0 };
      entry.delta += r.after - r.before;
      deltas.set(name, entry);
    }
    return [
      {
        batchId,
        at: first.createdAt.toISOString(),
        label: countChangeLabel(first.source, correction, feedName),
        correction,
        actor: first.actorLabel,
        note: first.note,
        units: units.size === 1 ? [...units.values()][0]! : `${units.size.toLocaleString("en-US")} units`,
        changes: [...deltas.values()].sort((a, b) => a.order - b.order).map(({ name, delta }) => ({ name, delta })),
      },
    ];
  });
}

/** Who last saved a unit and when: what a desk that has the unit open needs to see before it saves over it. */
export interface UnitLastSave {
  by: string;
  at: string;
}

/**
 * Each saved unit's last save, by unit slug. The unit's last batch names the write; its count
 * changes say who made it, or, for a save that changed only precincts or ballots, its audit row.
 */
export async function listUnitLastSaves(actor: Actor | null, raceSlug: string): Promise<Map<string, UnitLastSave>> {
  authorize(actor, "desk:read");
  const units = await db.reportingUnit.findMany({
    where: { race: { slug: raceSlug }, lastBatchId: { not: null } },
    select: { id: true, slug: true, lastBatchId: true, updatedAt: true },
  });
  if (units.length === 0) return new Map();
  const batchIds = units.map((u) => u.lastBatchId!);
  const [changes, audits] = await Promise.all([
    db.tallyChange.findMany({ where: { batchId: { in: batchIds } }, distinct: ["unitId", "batchId"], select: { unitId: true, batchId: true, actorLabel: true, createdAt: true } }),
    db.auditEvent.findMany({
      where: { subjectType: "ReportingUnit", subjectId: { in: units.map((u) => u.id) } },
      orderBy: { createdAt: "desc" },
      distinct: ["subjectId"],
      select: { subjectId: true, actorLabel: true, createdAt: true },
    }),
  ]);
  const changeOf = new Map(changes.map((c) => [`${c.unitId} ${c.batchId}`, c]));
  const auditOf = new Map(audits.map((a) => [a.subjectId, a]));
  return new Map(
    units.flatMap((unit) => {
      const save = changeOf.get(`${unit.id} ${unit.lastBatchId}`) ?? auditOf.get(unit.id);
      return save ? [[unit.slug, { by: save.actorLabel, at: save.createdAt.toISOString() }] as const] : [];
    }),
  );
}
