import "server-only";
// Close calls waiting for a second editor, as the desk shows them: the call panel's "Waiting for a
// second editor", the dashboard's attention list. Desk only: no reader read touches PendingCall, so a
// proposal cannot reach a reader page, the JSON API or the event streams.
import type { PendingCallOutcome, PendingCallView } from "@/lib/domain/second-editor";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export type { PendingCallView } from "@/lib/domain/second-editor";

const PENDING_SELECT = {
  id: true,
  status: true,
  proposal: true,
  raceVersion: true,
  proposedById: true,
  proposedByLabel: true,
  createdAt: true,
  outcome: true,
  resolvedByLabel: true,
} as const;

type PendingRow = { id: string; status: string; proposal: string; raceVersion: number; proposedById: string | null; proposedByLabel: string; createdAt: Date; outcome: string | null; resolvedByLabel: string | null };

function viewOf(row: PendingRow): PendingCallView {
  const proposal = JSON.parse(row.proposal) as { winners: string[]; advancing: string[]; note: string | null; acknowledge: string[] };
  return {
    id: row.id,
    status: row.status as PendingCallView["status"],
    winners: proposal.winners,
    advancing: proposal.advancing,
    note: proposal.note,
    acknowledge: proposal.acknowledge,
    proposedBy: row.proposedByLabel,
    proposedById: row.proposedById,
    proposedAt: row.createdAt.toISOString(),
    raceVersion: row.raceVersion,
    outcome: row.outcome as PendingCallOutcome | null,
    resolvedBy: row.resolvedByLabel,
  };
}

/** One proposal of a race, waiting or not: for the commands that settle it. */
export async function pendingCallOfRace(raceId: string, id: string): Promise<PendingCallView | null> {
  const row = await db.pendingCall.findFirst({ where: { id, raceId }, select: PENDING_SELECT });
  return row && viewOf(row);
}

/** Whether the race's election holds close calls for a second editor. */
export async function closeCallsNeedSecondEditor(raceId: string): Promise<boolean> {
  const race = await db.race.findUniqueOrThrow({ where: { id: raceId }, select: { election: { select: { closeCallsNeedSecondEditor: true } } } });
  return race.election.closeCallsNeedSecondEditor;
}

/** The race's call waiting for a second editor, if any. */
export async function getPendingCall(actor: Actor | null, raceSlug: string): Promise<PendingCallView | null> {
  authorize(actor, "desk:read");
  const row = await db.pendingCall.findFirst({ where: { race: { slug: raceSlug }, outcome: null }, orderBy: { createdAt: "desc" }, select: PENDING_SELECT });
  return row && viewOf(row);
}

/** The slugs of the races with a call waiting for a second editor. */
export async function listRacesWithPendingCalls(actor: Actor | null): Promise<Set<string>> {
  authorize(actor, "desk:read");
  const rows = await db.pendingCall.findMany({ where: { outcome: null }, select: { race: { select: { slug: true } } } });
  return new Set(rows.map((row) => row.race.slug));
}
