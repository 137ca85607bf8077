import "server-only";
// One reporting unit's saves, newest first: who saved (a person, an API key's owner, or the feed),
// when, each candidate's count from → to, precincts and ballots where the save recorded them, and
// where the numbers came from (by hand, a CSV file, a feed, a correction, an undo). Built from the
// count history (TallyChange, one row per candidate a save moved) and the unit's audit rows, which
// say what a desk save did to precincts and ballots, and which save an undo reverted.
import { countChangeLabel } from "@/lib/domain/count-source";
import { formatClockOrDate } from "@/lib/domain/time-words";
import { undoLabel, type UnitSave, type UnitSaveKind } from "@/lib/domain/unit-history";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";
import { countChangeSelect } from "@/lib/server/queries/count-history";
import { env } from "@/lib/server/env";
import { notFound } from "@/lib/server/errors";

/** Enough for a night of saves on one unit; older ones stay in the audit log. */
const SAVES_SHOWN = 50;

interface UnitAuditDetail {
  batchId?: string;
  version?: number;
  precinctsReporting?: number;
  ballotsCast?: number | null;
  precinctsBefore?: number;
  ballotsCastBefore?: number | null;
  reverts?: { batchId: string; by: string; at: string };
}

export async function findUnit(raceSlug: string, unitSlug: string) {
  const unit = await db.reportingUnit.findFirst({
    where: { slug: unitSlug, race: { slug: raceSlug } },
    select: { id: true, slug: true, name: true, version: true, lastBatchId: true, precinctsReporting: true, ballotsCast: true },
  });
  if (!unit) throw notFound(`Reporting unit "${unitSlug}" of race "${raceSlug}"`);
  return unit;
}

function kindOf(source: string, correction: boolean, undo: boolean): UnitSaveKind {
  if (undo) return "undo";
  if (source === "csv" || source === "feed" || source === "seed") return source;
  return correction ? "correction" : "hand";
}

/** The unit's saves, newest first, with the time words of `now` in undo labels. */
export async function readUnitSaves(unitId: string, now = new Date(), limit = SAVES_SHOWN): Promise<UnitSave[]> {
  const [changes, audits] = await Promise.all([
    db.tallyChange.findMany({
      where: { unitId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      // A save moves at most every candidate once: this many rows hold the last `limit` saves.
      take: limit * 20,
      select: {
        ...countChangeSelect,
        candidacy: { select: { ballotOrder: true, candidate: { select: { slug: true, name: true } } } },
      },
    }),
    db.auditEvent.findMany({
      where: { subjectType: "ReportingUnit", subjectId: unitId, action: { startsWith: "tally." } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { action: true, actorLabel: true, createdAt: true, detail: true },
    }),
  ]);
  const auditOf = new Map<string, { action: string; by: string; at: Date; detail: UnitAuditDetail }>();
  for (const row of audits) {
    const detail = JSON.parse(row.detail) as UnitAuditDetail;
    if (detail.batchId) auditOf.set(detail.batchId, { action: row.action, by: row.actorLabel, at: row.createdAt, detail });
  }

  const saves = new Map<string, UnitSave>();
  const when = (iso: string) => formatClockOrDate(iso, env.DISPLAY_TIME_ZONE, now);
  const saveOf = (batchId: string, first: { by: string; at: Date; source: string; correction: boolean; note: string | null }) => {
    const audit = auditOf.get(batchId);
    const detail = audit?.detail ?? {};
    const undoes = detail.reverts ?? null;
    const save: UnitSave = {
      batchId,
      at: first.at.toISOString(),
      by: first.by,
      kind: kindOf(first.source, first.correction, undoes !== null),
      label: undoes ? undoLabel(undoes.by, when(undoes.at)) : countChangeLabel(first.source, first.correction, null),
      version: detail.version ?? null,
      votes: [],
      precinctsReporting: detail.precinctsBefore === undefined ? null : { before: detail.precinctsBefore, after: detail.precinctsReporting ?? null },
      ballotsCast: detail.ballotsCastBefore === undefined ? null : { before: detail.ballotsCastBefore, after: detail.ballotsCast ?? null },
      note: first.note,
      undoes,
    };
    saves.set(batchId, save);
    return save;
  };

  const order = new Map<string, number>();
  for (const row of changes) {
    const save =
      saves.get(row.batchId) ??
      saveOf(row.batchId, { by: row.actorLabel, at: row.createdAt, source: row.source, correction: row.correction, note: row.note });
    const { slug, name } = row.candidacy.candidate;
    order.set(`${row.batchId} ${slug}`, row.candidacy.ballotOrder);
    save.votes.push({ candidate: slug, name, before: row.before, after: row.after });
  }
  // A save that moved only precincts or ballots has no count rows: its audit row stands for it.
  for (const [batchId, audit] of auditOf) {
    if (!saves.has(batchId)) {
      const source = audit.action === "tally.hold_released" ? "feed" : "manual";
      saveOf(batchId, { by: audit.by, at: audit.at, source, correction: audit.action === "tally.corrected", note: null });
    }
  }
  for (const save of saves.values()) save.votes.sort((a, b) => order.get(`${save.batchId} ${a.candidate}`)! - order.get(`${save.batchId} ${b.candidate}`)!);
  return [...saves.values()].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

export interface UnitHistory {
  unit: { slug: string; name: string; version: number };
  /** The save an undo would revert now: the unit's last, if it can be undone. */
  lastSave: UnitSave | null;
  saves: UnitSave[];
}

/** `GET /api/v1/races/{slug}/units/{unitSlug}/history` and the unit's "History" on the race desk. */
export async function getUnitHistory(actor: Actor | null, raceSlug: string, unitSlug: string, now = new Date()): Promise<UnitHistory> {
  authorize(actor, "desk:read");
  const unit = await findUnit(raceSlug, unitSlug);
  const saves = await readUnitSaves(unit.id, now);
  return {
    unit: { slug: unit.slug, name: unit.name, version: unit.version },
    lastSave: saves.find((s) => s.batchId === unit.lastBatchId) ?? null,
    saves,
  };
}
