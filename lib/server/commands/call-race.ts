import "server-only";
// `POST /api/v1/races/{slug}/call` and the desk's call panel. A call is an append-only record; the
// race's current call is the one with the highest sequence number. In the same batch, every
// published story whose expectation the new call breaks is pulled, with the gate's reason.
//
// A guarded write (race-store/guarded-write.ts): the call row is inserted only if the race is still
// at the version the guard checked (a tally or another call moves it), and every other statement
// runs only if that row exists.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkCall, proposedCallSchema, unacknowledged, type CallVerdict, type Finding, type ProposedCall, type WarningCode } from "@/lib/domain/call-guard";
import { pullReason } from "@/lib/domain/publication-gate";
import { currentCallOf, type CurrentCall } from "@/lib/domain/race-call";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AUDIT_COLUMNS } from "@/lib/server/audit";
import { invalidateStories } from "@/lib/server/cache/tags";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";
import { raceForCall, type RaceForCall } from "@/lib/server/queries/race-for-call";
import { getRaceResult } from "@/lib/server/queries/races";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { expectationHoldsSql, proposedCallSql } from "@/lib/server/race-store/publication-rule-sql";
import { asInteger, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import { callAlert, oneRaceRef, pulledStoryAlerts } from "@/lib/server/webhooks/outbox";

export interface RaceCalled {
  race: RaceResult;
  pulledStories: { id: string; slug: string; headline: string; reason: string }[];
}

function snapshotOf(race: RaceResult): string {
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

const callRefused = (verdict: CallVerdict) =>
  new CommandError("call_refused", verdict.refusals.map((r) => r.message).join(" "), { refusals: verdict.refusals, warnings: verdict.warnings });
const callNeedsAcknowledgement = (missing: Finding<WarningCode>[]) =>
  new CommandError("call_needs_acknowledgement", `Acknowledge before calling: ${missing.map((w) => w.message).join(" ")}`, { warnings: missing });
const callConflict = () => new CommandError("call_conflict", "The count or the call changed while you were deciding. Review the race and call again.", {});

export async function callRace(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<RaceCalled> {
  const who = authorize(actor, "race:call");
  const call = parseInput(proposedCallSchema, rawInput);
  const race = await raceForCall(raceSlug);

  const verdict = checkCall(race.result, call, race.result.call.status);
  if (verdict.refusals.length > 0) {
    throw callRefused(verdict);
  }
  const missing = unacknowledged(verdict, call.acknowledge);
  if (missing.length > 0) {
    throw callNeedsAcknowledgement(missing);
  }

  const named = [
    ...call.winners.map((slug) => ({ slug, role: "winner" })),
    ...call.advancing.map((slug) => ({ slug, role: "advancing" })),
  ];
  const acknowledged = verdict.warnings.map((w) => w.code).join(",");
  const alert = callAlert(race.result, call, who.name);
  let at = "";
  const { won } = await runGuardedWrite(() => {
    const callId = randomUUID();
    at = sqlTimestamp(new Date());
    const after: CurrentCall = currentCallOf({ status: call.status, at, note: call.note ?? null, named });
    return {
      lockRaceId: race.id,
      // The call is recorded only if the race is still at the version the guard checked.
      guard: Prisma.sql`INSERT INTO "RaceCall" ("id", "raceId", "seq", "status", "note", "acknowledgements", "snapshot", "actorId", "actorLabel", "createdAt")
        SELECT ${callId}, ${race.id}, ${asInteger(race.callSeq + 1)}, ${call.status}, ${call.note ?? null}, ${acknowledged}, ${snapshotOf(race.result)}, ${who.userId}, ${who.name}, ${asTimestamp(at)}
        WHERE (SELECT "version" FROM "Race" WHERE "id" = ${race.id}) = ${race.version}`,
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
        detail: { status: call.status, winners: call.winners, advancing: call.advancing, note: call.note ?? null, acknowledged, via: who.via },
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

/** The guard's verdict on a proposed call, for the desk to show before the editor confirms. */
export async function previewCall(actor: Actor | null, raceSlug: string, rawInput: unknown) {
  authorize(actor, "race:call");
  const call = parseInput(proposedCallSchema, rawInput);
  const race = await raceForCall(raceSlug);
  return checkCall(race.result, call, race.result.call.status);
}
