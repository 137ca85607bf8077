import "server-only";
// The write that makes a call take effect, for a call made at once (call-race.ts) and for a close
// call a second editor confirms (pending-calls.ts). A call is an append-only record; the race's
// current call is the one with the highest sequence number. In the same batch, every published
// story whose expectation the new call breaks is pulled, with the gate's reason, and any call still
// waiting for a second editor is superseded: the desk has decided something else since.
//
// A guarded write (race-store/guarded-write.ts): the call row is inserted only if the race is still
// at the version the guard checked (a tally or another call moves it) and, for a confirmation, only
// if the proposal is still waiting; every other statement runs only if that row exists.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposedCall } from "@/lib/domain/call-guard";
import { pullReason } from "@/lib/domain/publication-gate";
import { currentCallOf, type CurrentCall } from "@/lib/domain/race-call";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { AUDIT_COLUMNS } from "@/lib/server/audit";
import { invalidateStories } from "@/lib/server/cache/tags";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";
import type { RaceForCall } from "@/lib/server/queries/race-for-call";
import { getRaceResult } from "@/lib/server/queries/races";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { expectationHoldsSql, proposedCallSql } from "@/lib/server/race-store/publication-rule-sql";
import { asInteger, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import { callAlert, oneRaceRef, pulledStoryAlerts } from "@/lib/server/webhooks/outbox";

export interface RaceCalled {
  race: RaceResult;
  pulledStories: { id: string; slug: string; headline: string; reason: string }[];
}

/** A close call a second editor confirms: the proposal it settles and who proposed it. */
export interface Confirmation {
  pendingId: string;
  proposer: { userId: string | null; name: string };
}

export function snapshotOf(race: RaceResult): string {
  const { totalVotes, margin, reporting, updatedAt } = race;
  const candidates = race.candidates.map(({ slug, votes, pct }) => ({ slug, votes, pct }));
  return JSON.stringify({ totalVotes, margin, reporting, candidates, countAsOf: updatedAt });
}

/**
 * Pulls the published stories the new call leaves without their result (the publication rule, as
 * SQL), each with its reason in words (pullReason).
 */
function pullStatement(race: RaceForCall, call: ProposedCall, after: CurrentCall, at: string, holds: Prisma.Sql) {
  const gate = { ...race.gate, call: after };
  const reason = (expects: Parameters<typeof pullReason>[0]) => {
    const why = pullReason(expects, gate);
    return why === null ? null : `Pulled: ${why}`;
  };
  const winnerIds = call.status === "called" ? call.winners.map((slug) => race.candidacyBySlug.get(slug)!) : [];
  const perCandidate = [...race.candidacyBySlug].map(([slug, id]) => Prisma.sql`WHEN ${id} THEN ${reason({ kind: "winner", candidate: slug })}`);
  return Prisma.sql`UPDATE "Story"
    SET "status" = 'pulled', "pulledAt" = ${at}, "version" = "version" + 1, "updatedAt" = ${at},
        "pulledReason" = CASE "expectsKind"
          WHEN 'called' THEN ${reason({ kind: "called" })}
          WHEN 'runoff' THEN ${reason({ kind: "runoff" })}
          ELSE CASE "expectsCandidacyId" ${Prisma.join(perCandidate, " ")} END END
    WHERE "raceId" = ${race.id} AND "status" = 'published' AND ${holds}
      AND NOT ${expectationHoldsSql(proposedCallSql(call.status, winnerIds))}`;
}

/** Closes the race's waiting proposal, if any, as `outcome`, while `holds`. */
export function closePendingStatement(where: Prisma.Sql, outcome: string, who: Pick<Actor, "userId" | "name">, at: string, holds: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`UPDATE "PendingCall"
    SET "outcome" = ${outcome}, "resolvedAt" = ${asTimestamp(at)}, "resolvedById" = ${who.userId}, "resolvedByLabel" = ${who.name}
    WHERE ${where} AND "outcome" IS NULL AND ${holds}`;
}

export const callConflict = () => new CommandError("call_conflict", "The count or the call changed while you were deciding. Review the race and call again.", {});

export async function recordCall(who: Actor, race: RaceForCall, raceSlug: string, call: ProposedCall, acknowledged: string, confirmation: Confirmation | null = null): Promise<RaceCalled> {
  const named = [
    ...call.winners.map((slug) => ({ slug, role: "winner" })),
    ...call.advancing.map((slug) => ({ slug, role: "advancing" })),
  ];
  // A confirmed call is the proposer's call, confirmed by the second editor: both names go on it.
  const caller = confirmation ? confirmation.proposer : who;
  const confirmer = confirmation ? who : null;
  const alert = callAlert(race.result, call, confirmer ? `${caller.name}, confirmed by ${confirmer.name}` : who.name);
  const stillWaiting = confirmation
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PendingCall" WHERE "id" = ${confirmation.pendingId} AND "outcome" IS NULL)`
    : Prisma.empty;
  let at = "";
  const { won } = await runGuardedWrite(() => {
    const callId = randomUUID();
    at = sqlTimestamp(new Date());
    const after: CurrentCall = currentCallOf({ status: call.status, at, note: call.note ?? null, named });
    return {
      lockRaceId: race.id,
      // The call is recorded only if the race is still at the version the guard checked.
      guard: Prisma.sql`INSERT INTO "RaceCall" ("id", "raceId", "seq", "status", "note", "acknowledgements", "snapshot", "actorId", "actorLabel", "confirmedById", "confirmedByLabel", "createdAt")
        SELECT ${callId}, ${race.id}, ${asInteger(race.callSeq + 1)}, ${call.status}, ${call.note ?? null}, ${acknowledged}, ${snapshotOf(race.result)}, ${caller.userId}, ${caller.name}, ${confirmer?.userId ?? null}, ${confirmer?.name ?? null}, ${asTimestamp(at)}
        WHERE (SELECT "version" FROM "Race" WHERE "id" = ${race.id}) = ${race.version} ${stillWaiting}`,
      holds: Prisma.sql`EXISTS (SELECT 1 FROM "RaceCall" WHERE "id" = ${callId})`,
      statements: (holds) => [
        ...(named.length > 0
          ? [
              Prisma.sql`INSERT INTO "RaceCallCandidate" ("callId", "candidacyId", "role")
                SELECT * FROM (${Prisma.join(
                  named.map((n) => Prisma.sql`SELECT ${callId} AS "callId", ${race.candidacyBySlug.get(n.slug)!} AS "candidacyId", ${n.role} AS "role"`),
                  " UNION ALL ",
                )}) AS "rows" WHERE ${holds}`,
            ]
          : []),
        ...(confirmation ? [closePendingStatement(Prisma.sql`"id" = ${confirmation.pendingId}`, "confirmed", who, at, holds)] : []),
        closePendingStatement(Prisma.sql`"raceId" = ${race.id}`, "superseded", who, at, holds),
        pullStatement(race, call, after, at, holds),
        Prisma.sql`INSERT INTO "AuditEvent" (${AUDIT_COLUMNS})
          SELECT 'pull-' || "id" || '-' || ${callId}, 'story.pulled', ${who.userId}, ${who.name}, 'Story', "id", ${JSON.stringify({ callId })}, ${asTimestamp(at)}
          FROM "Story" WHERE "raceId" = ${race.id} AND "status" = 'pulled' AND "pulledAt" = ${at} AND ${holds}`,
        pulledStoryAlerts({
          pulled: Prisma.sql`"raceId" = ${race.id} AND "status" = 'pulled' AND "pulledAt" = ${at}`,
          raceRef: oneRaceRef(race.result),
          by: who.name,
          at,
          when: holds,
        }),
      ],
      changedRaceIds: [race.id],
      audit: {
        action: call.status === "uncalled" ? "race.call_retracted" : "race.called",
        actor: who,
        subjectType: "Race",
        subjectId: race.id,
        detail: {
          status: call.status,
          winners: call.winners,
          advancing: call.advancing,
          note: call.note ?? null,
          acknowledged,
          via: who.via,
          ...(confirmation && { proposedBy: confirmation.proposer.name, confirmedBy: who.name, pendingCallId: confirmation.pendingId }),
        },
      },
      outbox: [alert],
      at,
      invalidates: { races: [{ slug: raceSlug, electionSlug: race.result.election.slug }] },
    };
  });
  if (!won) {
    throw callConflict();
  }

  const [result, pulled] = await Promise.all([
    getRaceResult(raceSlug),
    db.story.findMany({ where: { raceId: race.id, status: "pulled", pulledAt: new Date(at.replace("+00:00", "Z")) }, select: { id: true, slug: true, headline: true, pulledReason: true } }),
  ]);
  invalidateStories(pulled.map((story) => ({ slug: story.slug, raceSlug })));
  return { race: result!, pulledStories: pulled.map(({ pulledReason, ...s }) => ({ ...s, reason: pulledReason ?? "" })) };
}
