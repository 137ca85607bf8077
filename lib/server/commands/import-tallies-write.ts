import "server-only";
// An accepted import as one guarded batch (race-store/guarded-write.ts), like a desk save.
//
// The guard: in one UPDATE it bumps and stamps every changed unit with the
// import's batch id, but only if every unit of the file still has the version it was checked
// against; otherwise it touches nothing. The expected versions travel as one JSON parameter so the
// guard stays a single statement however many units the file holds (SQLite allows 32,766 bound
// variables). Every later statement runs only while the stamp is there.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import type { GuardedWrite } from "@/lib/server/race-store/guarded-write";
import { asBoolean, asTimestamp, inChunks, jsonArrayRows } from "@/lib/server/sql-dialect";
import { countedRaces } from "@/lib/server/webhooks/outbox";

export interface UnitGuard {
  unitId: string;
  version: number;
  changed: boolean;
  precinctsReporting: number;
  ballotsCast: number | null;
}

export interface ImportedChange {
  raceId: string;
  unitId: string;
  candidacyId: string;
  before: number;
  after: number;
}

export interface ImportWritePlan {
  batchId: string;
  at: string;
  actor: Actor;
  correction: boolean;
  /** Every unit of the file, changed or not: the file is applied to exactly the state it was checked against. */
  guard: UnitGuard[];
  changes: ImportedChange[];
  /** Races with at least one changed unit. */
  races: { id: string; slug: string; electionSlug: string }[];
  audit: { action: string; detail: Record<string, unknown> };
}

function guardStatement(plan: ImportWritePlan): Prisma.Sql {
  const expected = JSON.stringify(plan.guard.map((g) => [g.unitId, g.version, g.changed ? 1 : 0, g.precinctsReporting, g.ballotsCast]));
  return Prisma.sql`WITH "expected" AS MATERIALIZED (
      SELECT "value" ->> 0 AS "unitId", CAST("value" ->> 1 AS INTEGER) AS "version", CAST("value" ->> 2 AS INTEGER) AS "changed",
             CAST("value" ->> 3 AS INTEGER) AS "precinctsReporting", CAST("value" ->> 4 AS INTEGER) AS "ballotsCast"
      FROM ${jsonArrayRows(expected)}
    )
    UPDATE "ReportingUnit"
    SET "version" = "ReportingUnit"."version" + 1, "lastBatchId" = ${plan.batchId}, "countSource" = 'csv', "precinctsReporting" = "expected"."precinctsReporting",
        "ballotsCast" = "expected"."ballotsCast", "updatedAt" = ${plan.at}
    FROM "expected"
    WHERE "ReportingUnit"."id" = "expected"."unitId" AND "ReportingUnit"."version" = "expected"."version" AND "expected"."changed" = 1
      AND (SELECT COUNT(*) FROM "expected" JOIN "ReportingUnit" AS "unit" ON "unit"."id" = "expected"."unitId" AND "unit"."version" = "expected"."version") = ${plan.guard.length}`;
}

/** An import with at least one changed unit, as a guarded write. */
export function importWrite(plan: ImportWritePlan): GuardedWrite {
  // The guard claims all changed units or none, so one of them carrying the stamp stands for all.
  const stampedUnit = plan.guard.find((g) => g.changed)!.unitId;
  return {
    guard: guardStatement(plan),
    holds: Prisma.sql`(SELECT "lastBatchId" FROM "ReportingUnit" WHERE "id" = ${stampedUnit}) = ${plan.batchId}`,
    statements: (holds) => [...tallyStatements(plan, holds), ...changeStatements(plan, holds)],
    changedRaceIds: plan.races.map((race) => race.id),
    audit: { action: plan.audit.action, actor: plan.actor, subjectType: "TallyImport", subjectId: plan.batchId, detail: plan.audit.detail },
    outbox: countedRaces(plan.races.map((race) => race.id), plan.batchId),
    at: plan.at,
    invalidates: { races: plan.races },
  };
}

function tallyStatements(plan: ImportWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  return [...inChunks(plan.changes)].map((chunk) => {
    const rows = JSON.stringify(chunk.map((c) => [c.unitId, c.candidacyId, c.after]));
    return Prisma.sql`INSERT INTO "Tally" ("unitId", "candidacyId", "votes", "updatedAt")
      SELECT "value" ->> 0, "value" ->> 1, CAST("value" ->> 2 AS INTEGER), ${asTimestamp(plan.at)} FROM ${jsonArrayRows(rows)} WHERE ${holds}
      ON CONFLICT ("unitId", "candidacyId") DO UPDATE SET "votes" = excluded."votes", "updatedAt" = excluded."updatedAt"`;
  });
}

function changeStatements(plan: ImportWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  return [...inChunks(plan.changes)].map((chunk) => {
    const rows = JSON.stringify(chunk.map((c) => [randomUUID(), c.raceId, c.unitId, c.candidacyId, c.before, c.after]));
    return Prisma.sql`INSERT INTO "TallyChange" ("id", "raceId", "unitId", "candidacyId", "batchId", "before", "after", "source", "correction", "actorId", "actorLabel", "note", "createdAt")
      SELECT "value" ->> 0, "value" ->> 1, "value" ->> 2, "value" ->> 3, ${plan.batchId}, CAST("value" ->> 4 AS INTEGER), CAST("value" ->> 5 AS INTEGER),
             'csv', ${asBoolean(plan.correction)}, ${plan.actor.userId}, ${plan.actor.name}, NULL, ${asTimestamp(plan.at)}
      FROM ${jsonArrayRows(rows)} WHERE ${holds}`;
  });
}
