import "server-only";
// A feed's call (AP's winner flag) is advice: it is shown on the call panel, and it calls a race
// only where an editor switched on "accept source calls" for that race. Then it goes through the
// call guard like any editor's call, as the feed's own actor, and any warning stops it: the race is
// left for an editor, and the audit log says why. A feed that withdraws its call retracts only a
// call the feed itself made.
import type { Actor } from "@/lib/server/auth/actor";
import { audit } from "@/lib/server/audit";
import { callRace } from "@/lib/server/commands/call-race";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";

/** The actor a feed calls races as: an editor's rights, its own name in the history. */
export function sourceCallActor(sourceName: string): Actor {
  return { userId: `feed:${sourceName.toLowerCase()}`, name: `${sourceName} (accepted source call)`, email: "", role: "editor", via: "cli" };
}

interface Advice {
  raceSlug: string;
  sourceName: string;
  status: string;
  winnerSlugs: string[];
  currentStatus: string | null;
  currentWinnerSlugs: string[];
  currentActorId: string | null;
}

async function adviceFor(raceId: string): Promise<Advice | null> {
  const race = await db.race.findUnique({
    where: { id: raceId },
    select: {
      slug: true,
      acceptSourceCalls: true,
      candidacies: { select: { id: true, candidate: { select: { slug: true } } } },
      sourceCalls: { orderBy: { recordedAt: "desc" }, take: 1, select: { sourceName: true, status: true, candidacyIds: true } },
      calls: { orderBy: { seq: "desc" }, take: 1, select: { status: true, actorId: true, candidates: { select: { candidacyId: true } } } },
    },
  });
  const advice = race?.sourceCalls[0];
  if (!race?.acceptSourceCalls || !advice) return null;
  const slugOf = new Map(race.candidacies.map((c) => [c.id, c.candidate.slug]));
  const current = race.calls[0];
  return {
    raceSlug: race.slug,
    sourceName: advice.sourceName,
    status: advice.status,
    winnerSlugs: (JSON.parse(advice.candidacyIds) as string[]).flatMap((id) => slugOf.get(id) ?? []),
    currentStatus: current?.status ?? null,
    currentWinnerSlugs: current?.candidates.flatMap((c) => slugOf.get(c.candidacyId) ?? []) ?? [],
    currentActorId: current?.actorId ?? null,
  };
}

function proposal(advice: Advice, actor: Actor) {
  if (advice.status === "uncalled") {
    // Only the feed's own call is withdrawn with it; an editor's call stays for an editor.
    if (advice.currentActorId !== actor.userId || advice.currentStatus === "uncalled") return null;
    return { status: "uncalled", note: `${advice.sourceName} withdrew its call` };
  }
  const same = advice.currentStatus === advice.status && [...advice.currentWinnerSlugs].sort().join() === [...advice.winnerSlugs].sort().join();
  if (same) return null;
  return advice.status === "runoff"
    ? { status: "runoff", advancing: advice.winnerSlugs, note: `${advice.sourceName}: advances to a runoff` }
    : { status: "called", winners: advice.winnerSlugs, note: `Called by ${advice.sourceName}` };
}

/** After a snapshot recorded new feed calls: follows them on the races that accept them. */
export async function followSourceCalls(raceIds: readonly string[]): Promise<void> {
  for (const raceId of raceIds) {
    const advice = await adviceFor(raceId);
    if (!advice) continue;
    const actor = sourceCallActor(advice.sourceName);
    const input = proposal(advice, actor);
    if (!input) continue;
    try {
      await callRace(actor, advice.raceSlug, input);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      await audit({
        action: "race.source_call_held",
        actor,
        subjectType: "Race",
        subjectId: raceId,
        detail: { source: advice.sourceName, proposed: input, reason: error.message, code: error.code },
      });
    }
  }
}
