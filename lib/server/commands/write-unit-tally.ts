import "server-only";
// The election-night hot path: one reporting unit's count, written as one guarded batch
// (race-store/guarded-write.ts) that claims the unit by its version, so a write that lost the race
// to another leaves no trace at all.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkUnitTally, unitTallyInputSchema, type TallyChangeLine, type UnitSnapshot } from "@/lib/domain/unit-tally";
import { unitWithAllCandidates, type RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { db } from "@/lib/server/db";
import { CommandError, invalid, notFound } from "@/lib/server/errors";
import { getRaceResult } from "@/lib/server/queries/races";
import { runGuardedWrite, type GuardedWrite } from "@/lib/server/race-store/guarded-write";
import { asBoolean, asInteger, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";

export type TallySource = "manual" | "csv" | "feed";

interface UnitRow {
  id: string;
  slug: string;
  name: string;
  version: number;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  raceId: string;
  seats: number;
  electionSlug: string;
  candidacyId: string | null;
  candidateSlug: string | null;
  votes: number | null;
}

/** The unit, its race's seats and every candidate's count in it: one row per candidacy, in one query. */
async function loadUnit(raceSlug: string, unitSlug: string) {
  const rows = await db.$queryRaw<UnitRow[]>`
    SELECT u."id", u."slug", u."name", u."version", u."precinctsTotal", u."precinctsReporting", u."ballotsCast",
           r."id" AS "raceId", r."seats", e."slug" AS "electionSlug", c."id" AS "candidacyId", p."slug" AS "candidateSlug", t."votes"
    FROM "Race" r
    JOIN "Election" e ON e."id" = r."electionId"
    JOIN "ReportingUnit" u ON u."raceId" = r."id" AND u."slug" = ${unitSlug}
    LEFT JOIN "Candidacy" c ON c."raceId" = r."id"
    LEFT JOIN "Candidate" p ON p."id" = c."candidateId"
    LEFT JOIN "Tally" t ON t."unitId" = u."id" AND t."candidacyId" = c."id"
    WHERE r."slug" = ${raceSlug}`;
  const unit = rows[0];
  if (!unit) {
    const race = await db.race.findUnique({ where: { slug: raceSlug }, select: { id: true } });
    throw notFound(race ? `Reporting unit "${unitSlug}" of this race` : `Race "${raceSlug}"`);
  }
  const candidacies = rows.filter((row) => row.candidacyId !== null && row.candidateSlug !== null);
  const candidacyBySlug = new Map(candidacies.map((row) => [row.candidateSlug!, row.candidacyId!]));
  const snapshot: UnitSnapshot = {
    slug: unit.slug,
    name: unit.name,
    version: Number(unit.version),
    precinctsReporting: Number(unit.precinctsReporting),
    precinctsTotal: Number(unit.precinctsTotal),
    ballotsCast: unit.ballotsCast === null ? null : Number(unit.ballotsCast),
    votes: Object.fromEntries(candidacies.map((row) => [row.candidateSlug!, Number(row.votes ?? 0)])),
  };
  return { unitId: unit.id, raceId: unit.raceId, electionSlug: unit.electionSlug, seats: Number(unit.seats), candidacyBySlug, snapshot };
}

export async function currentUnit(raceSlug: string, unitSlug: string): Promise<UnitSnapshot> {
  return (await loadUnit(raceSlug, unitSlug)).snapshot;
}

const versionConflict = (current: UnitSnapshot) =>
  new CommandError("version_conflict", `Someone else saved ${current.name} first (now version ${current.version}).`, { current });

interface WritePlan {
  unitId: string;
  race: { id: string; slug: string; electionSlug: string };
  expectedVersion: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  changes: (TallyChangeLine & { candidacyId: string })[];
  correction: boolean;
  note: string | null;
  source: TallySource;
  actor: Actor;
}

/**
 * The guard claims the unit: it moves the version only if the caller's version is current, and
 * stamps the unit with this write's batch id. The counts and their history are written only while
 * the unit carries the stamp.
 */
function tallyWrite(plan: WritePlan): GuardedWrite {
  const batchId = randomUUID();
  const at = sqlTimestamp(new Date());
  return {
    guard: db.$executeRaw`UPDATE "ReportingUnit"
      SET "version" = "version" + 1, "lastBatchId" = ${batchId}, "precinctsReporting" = ${plan.precinctsReporting},
          "ballotsCast" = ${plan.ballotsCast}, "updatedAt" = ${at}
      WHERE "id" = ${plan.unitId} AND "version" = ${plan.expectedVersion}`,
    holds: Prisma.sql`EXISTS (SELECT 1 FROM "ReportingUnit" WHERE "id" = ${plan.unitId} AND "lastBatchId" = ${batchId})`,
    statements: (holds) => (plan.changes.length > 0 ? tallyStatements(plan, batchId, at, holds) : []),
    changedRaceIds: [plan.race.id],
    audit: {
      action: plan.correction ? "tally.corrected" : "tally.written",
      actor: plan.actor,
      subjectType: "ReportingUnit",
      subjectId: plan.unitId,
      detail: {
        batchId,
        version: plan.expectedVersion + 1,
        precinctsReporting: plan.precinctsReporting,
        ballotsCast: plan.ballotsCast,
        changes: plan.changes.map(({ candidate, before, after }) => ({ candidate, before, after })),
        correction: plan.correction,
        source: plan.source,
        via: plan.actor.via,
      },
    },
    at,
    invalidates: { races: [{ slug: plan.race.slug, electionSlug: plan.race.electionSlug }] },
  };
}

/** The new counts (one multi-row upsert) and their history rows (one multi-row insert). */
function tallyStatements(plan: WritePlan, batchId: string, at: string, holds: Prisma.Sql): Prisma.PrismaPromise<number>[] {
  const tallyRows = Prisma.join(
    plan.changes.map((c) => Prisma.sql`SELECT ${plan.unitId} AS "unitId", ${c.candidacyId} AS "candidacyId", ${asInteger(c.after)} AS "votes", ${asTimestamp(at)} AS "updatedAt"`),
    " UNION ALL ",
  );
  const changeRows = Prisma.join(
    plan.changes.map(
      (c) => Prisma.sql`SELECT ${randomUUID()} AS "id", ${plan.race.id} AS "raceId", ${plan.unitId} AS "unitId", ${c.candidacyId} AS "candidacyId",
        ${batchId} AS "batchId", ${asInteger(c.before)} AS "before", ${asInteger(c.after)} AS "after", ${plan.source} AS "source",
        ${asBoolean(plan.correction)} AS "correction", ${plan.actor.userId} AS "actorId", ${plan.actor.name} AS "actorLabel", ${plan.note} AS "note",
        ${asTimestamp(at)} AS "createdAt"`,
    ),
    " UNION ALL ",
  );
  return [
    db.$executeRaw`INSERT INTO "Tally" ("unitId", "candidacyId", "votes", "updatedAt")
      SELECT * FROM (${tallyRows}) AS "rows" WHERE ${holds}
      ON CONFLICT ("unitId", "candidacyId") DO UPDATE SET "votes" = excluded."votes", "updatedAt" = excluded."updatedAt"`,
    db.$executeRaw`INSERT INTO "TallyChange" ("id", "raceId", "unitId", "candidacyId", "batchId", "before", "after", "source", "correction", "actorId", "actorLabel", "note", "createdAt")
      SELECT * FROM (${changeRows}) AS "rows" WHERE ${holds}`,
  ];
}

export interface UnitTallyWritten {
  unit: UnitSnapshot;
  race: RaceResult;
  changed: boolean;
}

/** `PUT /api/v1/races/{slug}/units/{unitSlug}` and the race desk's save. */
export async function writeUnitTally(
  actor: Actor | null,
  raceSlug: string,
  unitSlug: string,
  rawInput: unknown,
  source: TallySource = "manual",
): Promise<UnitTallyWritten> {
  const who = authorize(actor, "tally:write");
  const input = parseInput(unitTallyInputSchema, rawInput);
  const loaded = await loadUnit(raceSlug, unitSlug);
  if (input.version !== loaded.snapshot.version) throw versionConflict(loaded.snapshot);

  const verdict = checkUnitTally({ ...loaded.snapshot, seats: loaded.seats }, input);
  if (!verdict.ok) throw invalid(verdict.fields);

  if (verdict.changed) {
    const plan: WritePlan = {
      unitId: loaded.unitId,
      race: { id: loaded.raceId, slug: raceSlug, electionSlug: loaded.electionSlug },
      expectedVersion: input.version,
      precinctsReporting: verdict.precinctsReporting,
      ballotsCast: verdict.ballotsCast,
      changes: verdict.changes.map((c) => ({ ...c, candidacyId: loaded.candidacyBySlug.get(c.candidate)! })),
      correction: input.correction ?? false,
      note: input.note ?? null,
      source,
      actor: who,
    };
    const { won } = await runGuardedWrite(() => tallyWrite(plan));
    if (!won) throw versionConflict(await currentUnit(raceSlug, unitSlug));
  }

  // The race read carries the unit too: one query after the write, not two.
  const race = (await getRaceResult(raceSlug))!;
  return { unit: unitWithAllCandidates(race, unitSlug)!, race, changed: verdict.changed };
}
