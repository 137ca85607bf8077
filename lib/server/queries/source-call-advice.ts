import "server-only";
// A race's latest feed call (AP's winner flag, recorded by the feed import as a SourceCall) as advice
// for the call panel, with whether the desk's call already agrees and, for a race that accepts
// source calls, why the feed's call was held back for an editor (follow-source-calls.ts audits it).
import { callsAgree, type SourceCallAdvice } from "@/lib/domain/feeds/source-call-advice";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

function heldReason(detail: string): string {
  try {
    const reason = (JSON.parse(detail) as { reason?: unknown }).reason;
    return typeof reason === "string" ? reason : "";
  } catch {
    return "";
  }
}

/** The advice, or null when no feed has called the race (or only withdrew a call it never made). */
export async function getSourceCallAdvice(actor: Actor | null, raceSlug: string): Promise<SourceCallAdvice | null> {
  authorize(actor, "desk:read");
  const race = await db.race.findUnique({
    where: { slug: raceSlug },
    select: {
      id: true,
      acceptSourceCalls: true,
      candidacies: { orderBy: { ballotOrder: "asc" }, select: { id: true, candidate: { select: { slug: true, name: true } } } },
      sourceCalls: { orderBy: { recordedAt: "desc" }, take: 2, select: { sourceName: true, status: true, candidacyIds: true, calledAt: true, recordedAt: true } },
      calls: { orderBy: { seq: "desc" }, take: 1, select: { status: true, createdAt: true, candidates: { select: { candidacyId: true } } } },
    },
  });
  const [latest, previous] = race?.sourceCalls ?? [];
  if (!race || !latest) return null;
  const status = latest.status as SourceCallAdvice["status"];
  if (status === "uncalled" && (!previous || previous.status === "uncalled")) return null;

  const ids = new Set(JSON.parse(latest.candidacyIds) as string[]);
  const winners = race.candidacies.filter((c) => ids.has(c.id)).map((c) => c.candidate);
  const desk = race.calls[0];
  const deskAgrees = callsAgree(
    { status: desk?.status ?? "uncalled", candidates: desk?.candidates.map((c) => c.candidacyId) ?? [] },
    { status, candidates: [...ids] },
  );
  // Held back after this feed call, and nobody has called the race since.
  const held = race.acceptSourceCalls
    ? await db.auditEvent.findFirst({
        where: { action: "race.source_call_held", subjectType: "Race", subjectId: race.id, createdAt: { gte: latest.recordedAt } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true, detail: true },
      })
    : null;
  const heldBack = held && (!desk || desk.createdAt < held.createdAt) ? { at: held.createdAt.toISOString(), reason: heldReason(held.detail) } : null;

  return {
    source: latest.sourceName,
    status,
    winners,
    at: (status === "uncalled" ? latest.recordedAt : (latest.calledAt ?? latest.recordedAt)).toISOString(),
    acceptSourceCalls: race.acceptSourceCalls,
    deskAgrees,
    heldBack,
  };
}
