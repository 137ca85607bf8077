import "server-only";
// The election-night hot path: one reporting unit's count, written as one guarded batch
// (race-store/guarded-write.ts) that claims the unit by its version, so a write that lost the race
// to another leaves no trace at all.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkUnitTally, unitTallyInputSchema, type TallyChangeLine, type UnitSnapshot } from "@/lib/domain/unit-tally";
import { ownValue } from "@/lib/domain/own-keys";
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { CommandError, invalid, notFound } from "@/lib/server/errors";
import { runGuardedWrite, type GuardedWrite } from "@/lib/server/race-store/guarded-write";
import { readRaceBySlug } from "@/lib/server/race-store/read-races";
import { asBoolean, asInteger, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import { countedRaces } from "@/lib/server/webhooks/outbox";

export type TallySource = "manual" | "csv" | "feed";

/**
 * The race as the store reads it, and the unit in it with every candidate's count (0 where none was
 * entered): the command checks the write against it and answers from it, so a write reads the race
 * once, before it writes.
 */
export async function loadUnit(raceSlug: string, unitSlug: string) {
  const race = await readRaceBySlug(raceSlug);
  if (!race) throw notFound(`Race "${raceSlug}"`);
  const unitId = race.unitIds.get(unitSlug);
  const unit = unitId === undefined ? undefined : race.rows.units.find((u) => u.slug === unitSlug);
  if (unitId === undefined || !unit) throw notFound(`Reporting unit "${unitSlug}" of this race`);
  const snapshot: UnitSnapshot = { ...unit, votes: Object.fromEntries(race.rows.candidates.map((c) => [c.slug, ownValue(unit.votes, c.slug) ?? 0])) };
  return { race, unitId, snapshot };
}

export async function currentUnit(raceSlug: string, unitSlug: string): Promise<UnitSnapshot> {
  return (await loadUnit(raceSlug, unitSlug)).snapshot;
}

export const versionConflict = (current: UnitSnapshot) =>
  new CommandError("version_conflict", `Someone else saved ${current.name} first (now version ${current.version}).`, { current });

export interface WritePlan {
  at: string;
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
  /** Another condition the guard claims the unit under (a released hold: the held count is still the one decided on). */
  requires?: Prisma.Sql;
  /** Statements of the command's own, run while the claim holds (a released hold: votes by method, the hold removed). */
  also?: (holds: Prisma.Sql) => Prisma.Sql[];
  /** The audit row, where it is not a plain tally write. */
  audit?: { action: string; detail: Record<string, unknown> };
  /** The unit's precincts and ballots before the write: recorded so that the save can be undone (undo-unit-save.ts). */
  before?: { precinctsReporting: number; ballotsCast: number | null };
}

/**
 * The guard claims the unit: it moves the version only if the caller's version is current, and
 * stamps the unit with this write's batch id. The counts and their history are written only while
 * the unit carries the stamp.
 */
export function tallyWrite(plan: WritePlan): GuardedWrite {
  const batchId = randomUUID();
  const { at } = plan;
  return {
    guard: Prisma.sql`UPDATE "ReportingUnit"
      SET "version" = "version" + 1, "lastBatchId" = ${batchId}, "countSource" = ${plan.source}, "precinctsReporting" = ${plan.precinctsReporting},
          "ballotsCast" = ${plan.ballotsCast}, "updatedAt" = ${at}
      WHERE "id" = ${plan.unitId} AND "version" = ${plan.expectedVersion} ${plan.requires ? Prisma.sql`AND ${plan.requires}` : Prisma.empty}`,
    holds: Prisma.sql`EXISTS (SELECT 1 FROM "ReportingUnit" WHERE "id" = ${plan.unitId} AND "lastBatchId" = ${batchId})`,
    statements: (holds) => [...(plan.changes.length > 0 ? tallyStatements(plan, batchId, at, holds) : []), ...(plan.also?.(holds) ?? [])],
    changedRaceIds: [plan.race.id],
    audit: {
      action: plan.audit?.action ?? (plan.correction ? "tally.corrected" : "tally.written"),
      actor: plan.actor,
      subjectType: "ReportingUnit",
      subjectId: plan.unitId,
      detail: {
        batchId,
        version: plan.expectedVersion + 1,
        precinctsReporting: plan.precinctsReporting,
        ballotsCast: plan.ballotsCast,
        ...(plan.before && { precinctsBefore: plan.before.precinctsReporting, ballotsCastBefore: plan.before.ballotsCast }),
        changes: plan.changes.map(({ candidate, before, after }) => ({ candidate, before, after })),
        correction: plan.correction,
        source: plan.source,
        via: plan.actor.via,
        ...plan.audit?.detail,
      },
    },
    outbox: countedRaces([plan.race.id], batchId),
    at,
    invalidates: { races: [{ slug: plan.race.slug, electionSlug: plan.race.electionSlug }] },
  };
}

/** The new counts (one multi-row upsert) and their history rows (one multi-row insert). */
function tallyStatements(plan: WritePlan, batchId: string, at: string, holds: Prisma.Sql): Prisma.Sql[] {
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
    Prisma.sql`INSERT INTO "Tally" ("unitId", "candidacyId", "votes", "updatedAt")
      SELECT * FROM (${tallyRows}) AS "rows" WHERE ${holds}
      ON CONFLICT ("unitId", "candidacyId") DO UPDATE SET "votes" = excluded."votes", "updatedAt" = excluded."updatedAt"`,
    Prisma.sql`INSERT INTO "TallyChange" ("id", "raceId", "unitId", "candidacyId", "batchId", "before", "after", "source", "correction", "actorId", "actorLabel", "note", "createdAt")
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
  const { race, unitId, snapshot } = await loadUnit(raceSlug, unitSlug);
  if (input.version !== snapshot.version) throw versionConflict(snapshot);

  const verdict = checkUnitTally({ ...snapshot, seats: race.rows.seats }, input);
  if (!verdict.ok) throw invalid(verdict.fields);
  if (!verdict.changed) return { unit: snapshot, race: buildRaceResult(race.rows), changed: false };

  const at = new Date();
  const { won } = await runGuardedWrite(() =>
    tallyWrite({
      ...countWrite({ race, unitId }, input.version, verdict, at),
      correction: input.correction ?? false,
      note: input.note ?? null,
      source,
      actor: who,
      before: snapshot,
    }),
  );
  if (!won) throw versionConflict(await currentUnit(raceSlug, unitSlug));
  return writtenAnswer(race, snapshot, verdict, at);
}

type LoadedUnit = Awaited<ReturnType<typeof loadUnit>>;
type CheckedCount = { precinctsReporting: number; ballotsCast: number | null; changes: TallyChangeLine[] };

/** What a checked count writes to the unit it was checked against. */
export function countWrite({ race, unitId }: Omit<LoadedUnit, "snapshot">, expectedVersion: number, verdict: CheckedCount, at: Date) {
  return {
    at: sqlTimestamp(at),
    unitId,
    race: { id: race.id, slug: race.rows.slug, electionSlug: race.rows.election.slug },
    expectedVersion,
    precinctsReporting: verdict.precinctsReporting,
    ballotsCast: verdict.ballotsCast,
    changes: verdict.changes.map((c) => ({ ...c, candidacyId: race.candidacyIds.get(c.candidate)! })),
  } satisfies Partial<WritePlan>;
}

/**
 * The unit is now exactly what the write made it (its version says nobody wrote in between), so the
 * answer is the race as read, with the unit replaced: no second read. The race's version moved by
 * this write's one step (and by any other unit's write that committed since the read, which a
 * reader's next event or poll shows).
 */
export function writtenAnswer(race: LoadedUnit["race"], snapshot: UnitSnapshot, verdict: CheckedCount, at: Date): UnitTallyWritten {
  const unit: UnitSnapshot = {
    ...snapshot,
    version: snapshot.version + 1,
    precinctsReporting: verdict.precinctsReporting,
    ballotsCast: verdict.ballotsCast,
    votes: { ...snapshot.votes, ...Object.fromEntries(verdict.changes.map((c) => [c.candidate, c.after])) },
  };
  const rows = { ...race.rows, units: race.rows.units.map((u) => (u.slug === snapshot.slug ? unit : u)), updatedAt: at.toISOString(), version: race.rows.version + 1 };
  return { unit, race: buildRaceResult(rows), changed: true };
}
