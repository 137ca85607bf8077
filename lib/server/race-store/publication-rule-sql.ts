import "server-only";
// The publication rule (lib/domain/publication-gate.ts, EXPECTATION_NEEDS) as a SQL predicate, for
// the writes that must apply it inside their batch: publishing checks it against the race's latest
// call as the database has it; a call pulls the published stories it makes false. Generated from
// the domain's table, never restated; publication-rule-sql.test.ts holds the two to agreement. A
// race whose election holds test data publishes nothing (canPublish's first rule), also read here.
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPECTATION_NEEDS } from "@/lib/domain/publication-gate";

/** A call as SQL: its status, and a test of whether it names a candidacy as a winner. */
export interface SqlCall {
  status: Prisma.Sql;
  namesWinner: (candidacyId: Prisma.Sql) => Prisma.Sql;
}

/** True when a story's expectation (columns "expectsKind", "expectsCandidacyId") holds under `call`. */
export function expectationHoldsSql(call: SqlCall, story: Prisma.Sql = Prisma.sql`"Story"`): Prisma.Sql {
  const cases = Object.entries(EXPECTATION_NEEDS).map(([kind, needs]) => {
    const winner = needs.namedWinner ? Prisma.sql` AND ${call.namesWinner(Prisma.sql`${story}."expectsCandidacyId"`)}` : Prisma.empty;
    return Prisma.sql`(${story}."expectsKind" = ${kind} AND ${call.status} = ${needs.status}${winner})`;
  });
  return Prisma.sql`(${Prisma.join(cases, " OR ")})`;
}

/** The race's latest call as the database has it, for a statement over "Story" rows. */
export function latestCallSql(story: Prisma.Sql = Prisma.sql`"Story"`): SqlCall {
  const latest = (column: string) =>
    Prisma.sql`(SELECT ${Prisma.raw(`"${column}"`)} FROM "RaceCall" WHERE "raceId" = ${story}."raceId" ORDER BY "seq" DESC LIMIT 1)`;
  return {
    status: latest("status"),
    namesWinner: (candidacyId) =>
      Prisma.sql`EXISTS (SELECT 1 FROM "RaceCallCandidate" WHERE "callId" = ${latest("id")} AND "candidacyId" = ${candidacyId} AND "role" = 'winner')`,
  };
}

/** A call about to be made: its status and winners are known here, not yet in the database. */
export function proposedCallSql(status: string, winnerCandidacyIds: readonly string[]): SqlCall {
  return {
    status: Prisma.sql`CAST(${status} AS TEXT)`,
    namesWinner: (candidacyId) => (winnerCandidacyIds.length > 0 ? Prisma.sql`${candidacyId} IN (${Prisma.join(winnerCandidacyIds)})` : Prisma.sql`1 = 0`),
  };
}

/** True when the story's race is in an election that holds test data, as the database has it now. */
export function electionHoldsTestDataSql(story: Prisma.Sql = Prisma.sql`"Story"`): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Race" AS "storyRace" JOIN "Election" AS "storyElection" ON "storyElection"."id" = "storyRace"."electionId"
    WHERE "storyRace"."id" = ${story}."raceId" AND "storyElection"."isTest")`;
}
