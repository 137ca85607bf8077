import "server-only";
// The one read of races: every page, the JSON API, the commands and the call guard see a race
// through it, in the domain's shape (RaceRows), so no two of them can disagree about a number.
// Plain SQL, because the race read is on the hot path (every write answers with the race, every
// reader cache miss reads it) and Prisma's JS engine spent ~8 ms planning the nested select; read
// through hot-reads.ts, which on SQLite spares it Prisma's engine too.
//
// The race's row, with its version and its latest call's number, is read first, and its candidates,
// counts and call after it. A write moves the version in the same batch as the counts, so the
// version read here is never newer than the counts: a command that checks it at write time refuses
// rather than acts on counts it has not seen.
//
// Votes by method (a feed's breakdown) are read by one more statement beside those, only for races
// whose row says a feed reported some: a race without them pays one index look-up per candidate.
import { Prisma } from "@/lib/generated/prisma/client";
import type { RaceRows } from "@/lib/domain/race-result";
import { readRows } from "@/lib/server/hot-reads";
import { toStoredRaces, type CallRow, type CandidacyRow, type MethodTallyRow, type RaceRow, type StoredRace, type UnitTallyRow } from "./race-rows";

export type { StoredRace } from "./race-rows";

function readRaceRows(where: Prisma.Sql): Promise<RaceRow[]> {
  return readRows<RaceRow>(Prisma.sql`
    SELECT r."id", r."slug", r."office", r."seat", r."ruleKind", r."thresholdPct", r."seats", r."recountMarginPct", r."expectedVotePct", r."updatedAt", r."version",
           (SELECT MAX(c."seq") FROM "RaceCall" c WHERE c."raceId" = r."id") AS "callSeq",
           EXISTS (SELECT 1 FROM "Candidacy" c JOIN "MethodTally" m ON m."candidacyId" = c."id" WHERE c."raceId" = r."id") AS "hasMethods",
           e."slug" AS "electionSlug", e."name" AS "electionName", e."date" AS "electionDate", e."isDemo" AS "electionIsDemo",
           e."isTest" AS "electionIsTest"
    FROM "Race" r JOIN "Election" e ON e."id" = r."electionId"
    WHERE ${where}`);
}

function readMethodRows(raceIds: readonly string[]): Promise<MethodTallyRow[]> {
  if (raceIds.length === 0) return Promise.resolve([]);
  return readRows<MethodTallyRow>(Prisma.sql`
    SELECT u."raceId", m."unitId", m."candidacyId", m."method", m."kind", m."votes"
    FROM "ReportingUnit" u JOIN "MethodTally" m ON m."unitId" = u."id"
    WHERE u."raceId" IN (${Prisma.join(raceIds)})`);
}

async function readRest(raceIds: readonly string[], withMethods: readonly string[]) {
  const ids = Prisma.join(raceIds);
  return Promise.all([
    readRows<CandidacyRow>(Prisma.sql`
      SELECT c."raceId", c."id", c."ballotOrder", c."incumbent", c."withdrawnAt", p."slug", p."name", p."party", p."photoUrl"
      FROM "Candidacy" c JOIN "Candidate" p ON p."id" = c."candidateId"
      WHERE c."raceId" IN (${ids})
      ORDER BY c."ballotOrder", c."id"`),
    readRows<UnitTallyRow>(Prisma.sql`
      SELECT u."raceId", u."id", u."slug", u."name", u."precinctsTotal", u."precinctsReporting", u."ballotsCast", u."version", u."fips", u."expectedVotePct",
             t."candidacyId", t."votes"
      FROM "ReportingUnit" u LEFT JOIN "Tally" t ON t."unitId" = u."id"
      WHERE u."raceId" IN (${ids})
      ORDER BY u."position", u."id"`),
    readRows<CallRow>(Prisma.sql`
      SELECT rc."raceId", rc."seq", rc."status", rc."note", rc."createdAt", named."role", named."candidacyId"
      FROM "RaceCall" rc LEFT JOIN "RaceCallCandidate" named ON named."callId" = rc."id"
      WHERE rc."raceId" IN (${ids}) AND rc."seq" = (SELECT MAX(x."seq") FROM "RaceCall" x WHERE x."raceId" = rc."raceId")`),
    readMethodRows(withMethods),
  ]);
}

async function readRaces(where: Prisma.Sql): Promise<StoredRace[]> {
  const races = await readRaceRows(where);
  if (races.length === 0) return [];
  const [candidacies, units, calls, methods] = await readRest(
    races.map((r) => r.id),
    races.filter((r) => Boolean(r.hasMethods)).map((r) => r.id),
  );
  return toStoredRaces(races, candidacies, units, calls, methods);
}

export async function readRaceBySlug(slug: string): Promise<StoredRace | null> {
  const [race] = await readRaces(Prisma.sql`r."slug" = ${slug}`);
  return race ?? null;
}

/** The races with these ids, in the order given (ids with no race are left out). */
export async function readRacesByIds(ids: readonly string[]): Promise<StoredRace[]> {
  if (ids.length === 0) return [];
  const races = await readRaces(Prisma.sql`r."id" IN (${Prisma.join([...new Set(ids)])})`);
  const byId = new Map(races.map((race) => [race.id, race]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Just the domain rows of the races with these ids, in the order given. */
export async function readRaceRowsByIds(ids: readonly string[]): Promise<RaceRows[]> {
  return (await readRacesByIds(ids)).map((race) => race.rows);
}
