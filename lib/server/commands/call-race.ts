import "server-only";
// `POST /api/v1/races/{slug}/call` and the desk's call panel. A call is an append-only record; the
// race's current call is the one with the highest sequence number. In the same batch, every
// published story whose expectation the new call breaks is pulled, with the gate's reason.
//
// As with tally writes, no interactive transaction: the call row is inserted only if the race is
// still at the version the guard checked (a tally or another call moves it), and every other
// statement runs only if that row exists.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkCall, proposedCallSchema, unacknowledged, type ProposedCall } from "@/lib/domain/call-guard";
import { pullReason } from "@/lib/domain/publication-gate";
import { currentCallOf, type CurrentCall } from "@/lib/domain/race-call";
import type { RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { invalidateRaces, invalidateStories } from "@/lib/server/cache/tags";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";
import { raceForCall, type RaceForCall } from "@/lib/server/queries/race-for-call";
import { getRaceResult } from "@/lib/server/queries/races";
import { asInteger, asTimestamp, lockRace, runBatch, sqlTimestamp } from "@/lib/server/sql-dialect";

export interface RaceCalled {
  race: RaceResult;
  pulledStories: { id: string; slug: string; headline: string; reason: string }[];
}

function snapshotOf(race: RaceResult): string {
  const { totalVotes, margin, reporting, updatedAt } = race;
  const candidates = race.candidates.map(({ slug, votes, pct }) => ({ slug, votes, pct }));
  return JSON.stringify({ totalVotes, margin, reporting, candidates, countAsOf: updatedAt });
}

/** Stories the new call leaves without their result, and why (pullReason), as SQL: the gate's rule per kind. */
function pullStatement(race: RaceForCall, call: ProposedCall, after: CurrentCall, at: string, callExists: Prisma.Sql) {
  const gate = { ...race.gate, call: after };
  const reason = (expects: Parameters<typeof pullReason>[0]) => {
    const why = pullReason(expects, gate);
    return why === null ? null : `Pulled: ${why}`;
  };
  const winnerIds = call.status === "called" ? call.winners.map((slug) => race.candidacyBySlug.get(slug)!) : [];
  const perCandidate = [...race.candidacyBySlug].map(([slug, id]) => Prisma.sql`WHEN ${id} THEN ${reason({ kind: "winner", candidate: slug })}`);
  const isCalled = call.status === "called" ? 1 : 0;
  const isRunoff = call.status === "runoff" ? 1 : 0;
  const winnerHolds = winnerIds.length > 0 ? Prisma.sql`"expectsCandidacyId" IN (${Prisma.join(winnerIds)})` : Prisma.sql`0 = 1`;
  return db.$executeRaw`UPDATE "Story"
    SET "status" = 'pulled', "pulledAt" = ${at}, "version" = "version" + 1, "updatedAt" = ${at},
        "pulledReason" = CASE "expectsKind"
          WHEN 'called' THEN ${reason({ kind: "called" })}
          WHEN 'runoff' THEN ${reason({ kind: "runoff" })}
          ELSE CASE "expectsCandidacyId" ${Prisma.join(perCandidate, " ")} END END
    WHERE "raceId" = ${race.id} AND "status" = 'published' AND ${callExists}
      AND NOT (("expectsKind" = 'called' AND ${isCalled} = 1)
            OR ("expectsKind" = 'runoff' AND ${isRunoff} = 1)
            OR ("expectsKind" = 'winner' AND ${isCalled} = 1 AND ${winnerHolds}))`;
}

export async function callRace(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<RaceCalled> {
  const who = authorize(actor, "race:call");
  const call = parseInput(proposedCallSchema, rawInput);
  const race = await raceForCall(raceSlug);

  const verdict = checkCall(race.result, call, race.result.call.status);
  if (verdict.refusals.length > 0) {
    throw new CommandError(422, "call_refused", verdict.refusals.map((r) => r.message).join(" "), { refusals: verdict.refusals, warnings: verdict.warnings });
  }
  const missing = unacknowledged(verdict, call.acknowledge);
  if (missing.length > 0) {
    throw new CommandError(422, "call_needs_acknowledgement", `Acknowledge before calling: ${missing.map((w) => w.message).join(" ")}`, {
      warnings: missing,
    });
  }

  const callId = randomUUID();
  const at = sqlTimestamp(new Date());
  const callExists = Prisma.sql`EXISTS (SELECT 1 FROM "RaceCall" WHERE "id" = ${callId})`;
  const acknowledged = verdict.warnings.map((w) => w.code).join(",");
  const named = [
    ...call.winners.map((slug) => ({ slug, role: "winner" })),
    ...call.advancing.map((slug) => ({ slug, role: "advancing" })),
  ];
  const after: CurrentCall = currentCallOf({ status: call.status, at, note: call.note ?? null, named });
  const detail = JSON.stringify({ status: call.status, winners: call.winners, advancing: call.advancing, note: call.note ?? null, acknowledged, via: who.via });

  const statements = () => [
    lockRace(race.id),
    db.$executeRaw`INSERT INTO "RaceCall" ("id", "raceId", "seq", "status", "note", "acknowledgements", "snapshot", "actorId", "actorLabel", "createdAt")
      SELECT ${callId}, ${race.id}, ${asInteger(race.callSeq + 1)}, ${call.status}, ${call.note ?? null}, ${acknowledged}, ${snapshotOf(race.result)}, ${who.userId}, ${who.name}, ${asTimestamp(at)}
      WHERE (SELECT "version" FROM "Race" WHERE "id" = ${race.id}) = ${race.version}`,
    ...(named.length > 0
      ? [
          db.$executeRaw`INSERT INTO "RaceCallCandidate" ("callId", "candidacyId", "role")
            SELECT * FROM (${Prisma.join(
              named.map((n) => Prisma.sql`SELECT ${callId} AS "callId", ${race.candidacyBySlug.get(n.slug)!} AS "candidacyId", ${n.role} AS "role"`),
              " UNION ALL ",
            )}) AS "rows" WHERE ${callExists}`,
        ]
      : []),
    pullStatement(race, call, after, at, callExists),
    db.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "subjectType", "subjectId", "detail", "createdAt")
      SELECT 'pull-' || "id" || '-' || ${callId}, 'story.pulled', ${who.userId}, ${who.name}, 'Story', "id", ${JSON.stringify({ callId })}, ${asTimestamp(at)}
      FROM "Story" WHERE "raceId" = ${race.id} AND "status" = 'pulled' AND "pulledAt" = ${at} AND ${callExists}`,
    db.$executeRaw`UPDATE "Race" SET "version" = "version" + 1, "updatedAt" = ${at} WHERE "id" = ${race.id} AND ${callExists}`,
    db.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "actorId", "actorLabel", "subjectType", "subjectId", "detail", "createdAt")
      SELECT ${randomUUID()}, ${call.status === "uncalled" ? "race.call_retracted" : "race.called"}, ${who.userId}, ${who.name}, 'Race', ${race.id}, ${detail}, ${asTimestamp(at)}
      WHERE ${callExists}`,
  ];
  const [, inserted] = await runBatch(statements);
  if (inserted === 0) {
    throw new CommandError(409, "call_conflict", "The count or the call changed while you were deciding. Review the race and call again.");
  }

  const [result, pulled] = await Promise.all([
    getRaceResult(raceSlug),
    db.story.findMany({ where: { raceId: race.id, status: "pulled", pulledAt: new Date(at.replace("+00:00", "Z")) }, select: { id: true, slug: true, headline: true, pulledReason: true } }),
  ]);
  invalidateRaces([{ slug: raceSlug, electionSlug: result!.election.slug }]);
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
