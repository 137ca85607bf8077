import "server-only";
// A race's calls, newest first, as the desk shows them: who, when, what, why, and the count then.
// Names of the editors who called (and of the second editor who confirmed a close call) are for the
// desk only.
import type { CallStatus } from "@/lib/domain/race-call";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface CallHistoryEntry {
  seq: number;
  status: CallStatus;
  names: string[];
  note: string | null;
  acknowledgements: string[];
  actor: string;
  /** The second editor who confirmed a close call; null for a call that took effect at once. */
  confirmedBy: string | null;
  at: string;
  countThen: { totalVotes: number; marginVotes: number | null; reportingPct: number } | null;
}

function countThen(snapshot: string): CallHistoryEntry["countThen"] {
  try {
    const parsed = JSON.parse(snapshot) as { totalVotes?: number; margin?: { votes: number } | null; reporting?: { pct: number } };
    if (parsed.totalVotes === undefined) return null;
    return { totalVotes: parsed.totalVotes, marginVotes: parsed.margin?.votes ?? null, reportingPct: parsed.reporting?.pct ?? 0 };
  } catch {
    return null;
  }
}

export async function listRaceCalls(actor: Actor | null, raceSlug: string): Promise<CallHistoryEntry[]> {
  authorize(actor, "desk:read");
  const calls = await db.raceCall.findMany({
    where: { race: { slug: raceSlug } },
    orderBy: { seq: "desc" },
    select: {
      seq: true,
      status: true,
      note: true,
      acknowledgements: true,
      actorLabel: true,
      confirmedByLabel: true,
      createdAt: true,
      snapshot: true,
      candidates: { select: { candidacy: { select: { candidate: { select: { name: true } } } } } },
    },
  });
  return calls.map((c) => ({
    seq: c.seq,
    status: c.status as CallStatus,
    names: c.candidates.map((x) => x.candidacy.candidate.name),
    note: c.note,
    acknowledgements: c.acknowledgements ? c.acknowledgements.split(",") : [],
    actor: c.actorLabel,
    confirmedBy: c.confirmedByLabel,
    at: c.createdAt.toISOString(),
    countThen: countThen(c.snapshot),
  }));
}
