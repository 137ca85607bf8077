import "server-only";
// A planned feed snapshot (lib/domain/feeds/feed-plan.ts) as one guarded batch
// (race-store/guarded-write.ts): all of it or none of it.
//
// The guard is the snapshot's own row: it is inserted only if every unit the plan read still has
// the version it was read at, and every later statement runs only while that row exists. Rows
// travel as JSON texts (one bound value per statement, whatever the snapshot's size), as in the
// tally import (commands/import-tallies-write.ts).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedPlan } from "@/lib/domain/feeds/feed-plan";
import type { Actor } from "@/lib/server/auth/actor";
import type { GuardedWrite } from "@/lib/server/race-store/guarded-write";
import { asBoolean, asBytes, asInteger, asTimestamp, inChunks, jsonArrayRows, sqlTimestamp, timestampFrom } from "@/lib/server/sql-dialect";
import { countedRaces } from "@/lib/server/webhooks/outbox";

export interface SnapshotRow {
  id: string;
  electionId: string;
  sourceId: string | null;
  origin: string;
  format: string;
  requestUrl: string | null;
  sourceTimestamp: string | null;
  sourceVersion: string | null;
  etag: string | null;
  sha256: string;
  byteLength: number;
  /** Gzip-compressed payload. */
  bytes: Uint8Array;
  isTest: boolean;
  status: "applied" | "unchanged" | "refused";
  report: string;
  actorId: string | null;
  actorLabel: string;
}

export interface FeedWritePlan {
  snapshot: SnapshotRow;
  plan: FeedPlan;
  electionId: string;
  actor: Actor;
  at: string;
  /** What the history rows say about where the numbers came from. */
  note: string;
  /** Slugs of the races whose caches drop once the write has won. */
  races: { id: string; slug: string; electionSlug: string }[];
  audit: { action: string; detail: Record<string, unknown> };
}

/** One statement per chunk of rows, each row a JSON array whose fields the statement reads by position. */
function insertRows<T>(rows: readonly T[], toJson: (row: T) => unknown[], insert: (from: Prisma.Sql) => Prisma.Sql): Prisma.Sql[] {
  return [...inChunks(rows)].map((chunk) => insert(jsonArrayRows(JSON.stringify(chunk.map(toJson)))));
}

const text = (i: number) => Prisma.raw(`"value" ->> ${i}`);
const integer = (i: number) => Prisma.raw(`CAST("value" ->> ${i} AS INTEGER)`);
const real = (i: number) => Prisma.raw(`CAST("value" ->> ${i} AS DOUBLE PRECISION)`);
const bool = (i: number) => Prisma.raw(`CAST("value" ->> ${i} AS BOOLEAN)`);

/** Inserts the snapshot row only if every unit the plan was checked against is unchanged. */
export function snapshotGuard(write: FeedWritePlan): Prisma.Sql {
  const { snapshot: s } = write;
  const expected = write.plan.unitWrites.filter((u) => u.expectedVersion !== null).map((u) => [u.unitId, u.expectedVersion]);
  const held = write.plan.holds.map((h) => h.unitId);
  // Held units are recorded against the desk's count as it was read: it must still be the desk's.
  const checked = JSON.stringify(expected);
  return Prisma.sql`INSERT INTO "FeedSnapshot" ("id", "electionId", "sourceId", "origin", "format", "requestUrl", "sourceTimestamp", "sourceVersion", "etag",
      "sha256", "byteLength", "bytes", "isTest", "status", "report", "actorId", "actorLabel", "receivedAt")
    SELECT ${s.id}, ${s.electionId}, ${s.sourceId}, ${s.origin}, ${s.format}, ${s.requestUrl}, ${s.sourceTimestamp}, ${s.sourceVersion}, ${s.etag},
      ${s.sha256}, ${asInteger(s.byteLength)}, ${asBytes(s.bytes)}, ${asBoolean(s.isTest)}, ${s.status}, ${s.report}, ${s.actorId}, ${s.actorLabel}, ${asTimestamp(write.at)}
    WHERE (SELECT COUNT(*) FROM ${jsonArrayRows(checked)} JOIN "ReportingUnit" AS "unit"
             ON "unit"."id" = ("value" ->> 0) AND "unit"."version" = CAST("value" ->> 1 AS INTEGER)) = ${expected.length}
      AND (SELECT COUNT(*) FROM "ReportingUnit" WHERE "id" IN (${held.length > 0 ? Prisma.join(held) : Prisma.sql`NULL`}) AND "countSource" = 'manual') = ${held.length}`;
}

export function feedWrite(write: FeedWritePlan): GuardedWrite {
  return {
    guard: snapshotGuard(write),
    holds: Prisma.sql`EXISTS (SELECT 1 FROM "FeedSnapshot" WHERE "id" = ${write.snapshot.id})`,
    statements: (holds) => [
      ...setUpStatements(write, holds),
      ...unitStatements(write, holds),
      ...tallyStatements(write, holds),
      ...methodStatements(write, holds),
      ...heldStatements(write, holds),
      ...sourceCallStatements(write, holds),
    ],
    changedRaceIds: write.plan.changedRaceIds,
    audit: { action: write.audit.action, actor: write.actor, subjectType: "FeedSnapshot", subjectId: write.snapshot.id, detail: write.audit.detail },
    outbox: countedRaces(write.plan.changedRaceIds, write.snapshot.id),
    at: write.at,
    invalidates: {
      races: write.races.filter((race) => write.plan.changedRaceIds.includes(race.id)),
      // New names for the reader's search, which set-up commands drop with everything else.
      search: write.plan.newRaces.length > 0 || write.plan.newCandidates.length > 0 || write.plan.newCandidacies.length > 0,
    },
  };
}

/** The test-data mark, and the races, candidates, candidacies and units the snapshot creates or links. */
function setUpStatements({ plan, electionId, at }: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  const statements: Prisma.Sql[] = [];
  if (plan.markTest) statements.push(Prisma.sql`UPDATE "Election" SET "isTest" = ${asBoolean(true)}, "updatedAt" = ${at} WHERE "id" = ${electionId} AND ${holds}`);
  statements.push(
    ...insertRows(plan.newRaces, (r) => [r.id, r.slug, r.office, r.seat, r.seats, r.sortOrder, r.sourceKey, r.expectedVotePct], (rows) =>
      Prisma.sql`INSERT INTO "Race" ("id", "slug", "electionId", "office", "seat", "seats", "sortOrder", "sourceKey", "expectedVotePct", "updatedAt")
        SELECT ${text(0)}, ${text(1)}, ${electionId}, ${text(2)}, ${text(3)}, ${integer(4)}, ${integer(5)}, ${text(6)}, ${real(7)}, ${asTimestamp(at)}
        FROM ${rows} WHERE ${holds}`,
    ),
    ...insertRows(plan.raceUpdates, (r) => [r.raceId, r.sourceKey, r.expectedVotePct], (rows) =>
      Prisma.sql`WITH "changed" AS MATERIALIZED (SELECT ${text(0)} AS "raceId", ${text(1)} AS "sourceKey", ${real(2)} AS "expectedVotePct" FROM ${rows})
        UPDATE "Race" SET "sourceKey" = "changed"."sourceKey", "expectedVotePct" = "changed"."expectedVotePct", "updatedAt" = ${at}
        FROM "changed" WHERE "Race"."id" = "changed"."raceId" AND ${holds}`,
    ),
    ...insertRows(plan.newCandidates, (c) => [c.id, c.slug, c.name, c.party, c.sourceKey], (rows) =>
      Prisma.sql`INSERT INTO "Candidate" ("id", "slug", "name", "party", "sourceKey", "updatedAt")
        SELECT ${text(0)}, ${text(1)}, ${text(2)}, ${text(3)}, ${text(4)}, ${asTimestamp(at)} FROM ${rows} WHERE ${holds}`,
    ),
    ...insertRows(plan.newCandidacies, (c) => [c.id, c.raceId, c.candidateId, c.ballotOrder, c.incumbent ? 1 : 0, c.sourceKey], (rows) =>
      Prisma.sql`INSERT INTO "Candidacy" ("id", "raceId", "candidateId", "ballotOrder", "incumbent", "sourceKey")
        SELECT ${text(0)}, ${text(1)}, ${text(2)}, ${integer(3)}, ${bool(4)}, ${text(5)} FROM ${rows} WHERE ${holds}`,
    ),
    ...insertRows(plan.candidacyKeys, (c) => [c.candidacyId, c.sourceKey], (rows) =>
      Prisma.sql`WITH "keyed" AS MATERIALIZED (SELECT ${text(0)} AS "candidacyId", ${text(1)} AS "sourceKey" FROM ${rows})
        UPDATE "Candidacy" SET "sourceKey" = "keyed"."sourceKey" FROM "keyed" WHERE "Candidacy"."id" = "keyed"."candidacyId" AND ${holds}`,
    ),
    ...insertRows(plan.newUnits, (u) => [u.id, u.raceId, u.slug, u.name, u.kind, u.position, u.precinctsTotal, u.sourceKey], (rows) =>
      Prisma.sql`INSERT INTO "ReportingUnit" ("id", "raceId", "slug", "name", "kind", "position", "precinctsTotal", "sourceKey", "updatedAt")
        SELECT ${text(0)}, ${text(1)}, ${text(2)}, ${text(3)}, ${text(4)}, ${integer(5)}, ${integer(6)}, ${text(7)}, ${asTimestamp(at)} FROM ${rows} WHERE ${holds}`,
    ),
  );
  return statements;
}

function unitStatements({ plan, snapshot, at }: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  return insertRows(
    plan.unitWrites,
    (u) => [u.unitId, u.precinctsTotal, u.precinctsReporting, u.ballotsCast, u.registeredVoters, u.expectedVotePct, u.fips, u.sourceKey],
    (rows) => Prisma.sql`WITH "written" AS MATERIALIZED (
        SELECT ${text(0)} AS "unitId", ${integer(1)} AS "precinctsTotal", ${integer(2)} AS "precinctsReporting", ${integer(3)} AS "ballotsCast",
               ${integer(4)} AS "registeredVoters", ${real(5)} AS "expectedVotePct", ${text(6)} AS "fips", ${text(7)} AS "sourceKey"
        FROM ${rows})
      UPDATE "ReportingUnit"
      SET "version" = "ReportingUnit"."version" + 1, "lastBatchId" = ${snapshot.id}, "countSource" = 'feed',
          "precinctsTotal" = "written"."precinctsTotal", "precinctsReporting" = "written"."precinctsReporting", "ballotsCast" = "written"."ballotsCast",
          "registeredVoters" = "written"."registeredVoters", "expectedVotePct" = "written"."expectedVotePct", "fips" = "written"."fips", "sourceKey" = "written"."sourceKey", "updatedAt" = ${at}
      FROM "written" WHERE "ReportingUnit"."id" = "written"."unitId" AND ${holds}`,
  );
}

function tallyStatements(write: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  const { plan, snapshot, actor, at, note } = write;
  const changes = plan.unitWrites.flatMap((u) => u.changes.map((c) => ({ ...c, unitId: u.unitId, raceId: u.raceId, correction: u.correction })));
  return [
    ...insertRows(changes, (c) => [c.unitId, c.candidacyId, c.after], (rows) =>
      Prisma.sql`INSERT INTO "Tally" ("unitId", "candidacyId", "votes", "updatedAt")
        SELECT ${text(0)}, ${text(1)}, ${integer(2)}, ${asTimestamp(at)} FROM ${rows} WHERE ${holds}
        ON CONFLICT ("unitId", "candidacyId") DO UPDATE SET "votes" = excluded."votes", "updatedAt" = excluded."updatedAt"`,
    ),
    ...insertRows(changes, (c) => [randomUUID(), c.raceId, c.unitId, c.candidacyId, c.before, c.after, c.correction ? 1 : 0], (rows) =>
      Prisma.sql`INSERT INTO "TallyChange" ("id", "raceId", "unitId", "candidacyId", "batchId", "before", "after", "source", "correction", "actorId", "actorLabel", "note", "createdAt")
        SELECT ${text(0)}, ${text(1)}, ${text(2)}, ${text(3)}, ${snapshot.id}, ${integer(4)}, ${integer(5)}, 'feed', ${bool(6)},
               ${actor.userId}, ${actor.name}, ${note}, ${asTimestamp(at)}
        FROM ${rows} WHERE ${holds}`,
    ),
  ];
}

function methodStatements({ plan }: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  const replaced = plan.unitWrites.filter((u) => u.methods !== null);
  if (replaced.length === 0) return [];
  const rows = replaced.flatMap((u) => u.methods!.map((m) => ({ ...m, unitId: u.unitId })));
  return [
    ...[...inChunks(replaced)].map(
      (chunk) => Prisma.sql`DELETE FROM "MethodTally" WHERE "unitId" IN (${Prisma.join(chunk.map((u) => u.unitId))}) AND ${holds}`,
    ),
    ...insertRows(rows, (m) => [m.unitId, m.candidacyId, m.method, m.kind, m.votes], (json) =>
      Prisma.sql`INSERT INTO "MethodTally" ("unitId", "candidacyId", "method", "kind", "votes")
        SELECT ${text(0)}, ${text(1)}, ${text(2)}, ${text(3)}, ${integer(4)} FROM ${json} WHERE ${holds}`,
    ),
  ];
}

function heldStatements({ plan, snapshot, at }: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  const cleared = [...inChunks(plan.clearedHolds)].map(
    (chunk) => Prisma.sql`DELETE FROM "HeldFeedCount" WHERE "unitId" IN (${Prisma.join(chunk)}) AND ${holds}`,
  );
  return [...cleared, ...insertRows(
    plan.holds,
    (h) => [h.unitId, h.precinctsReporting, h.ballotsCast, JSON.stringify(h.votes), JSON.stringify(h.methods)],
    (rows) => Prisma.sql`INSERT INTO "HeldFeedCount" ("unitId", "snapshotId", "precinctsReporting", "ballotsCast", "votes", "methods", "receivedAt")
      SELECT ${text(0)}, ${snapshot.id}, ${integer(1)}, ${integer(2)}, ${text(3)}, ${text(4)}, ${asTimestamp(at)} FROM ${rows} WHERE ${holds}
      ON CONFLICT ("unitId") DO UPDATE SET "snapshotId" = excluded."snapshotId", "precinctsReporting" = excluded."precinctsReporting",
        "ballotsCast" = excluded."ballotsCast", "votes" = excluded."votes", "methods" = excluded."methods", "receivedAt" = excluded."receivedAt"`,
  )];
}

function sourceCallStatements({ plan, snapshot, at }: FeedWritePlan, holds: Prisma.Sql): Prisma.Sql[] {
  return insertRows(
    plan.sourceCalls,
    (c) => [randomUUID(), c.raceId, c.status, JSON.stringify(c.candidacyIds), c.calledAt && sqlTimestamp(new Date(c.calledAt))],
    (rows) => Prisma.sql`INSERT INTO "SourceCall" ("id", "raceId", "snapshotId", "sourceName", "status", "candidacyIds", "calledAt", "recordedAt")
      SELECT ${text(0)}, ${text(1)}, ${snapshot.id}, ${sourceName(snapshot.format)}, ${text(2)}, ${text(3)}, ${timestampFrom(text(4))}, ${asTimestamp(at)}
      FROM ${rows} WHERE ${holds}`,
  );
}

/** Whose call a feed's winner flag is, as the desk names it. */
export function sourceName(format: string): string {
  return format === "ap-json" ? "AP" : format.startsWith("clarity") ? "Clarity" : "OpenElections";
}
