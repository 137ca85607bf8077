import "server-only";
// Marking an election as test data, or as real again, as the statements of one batch: whoever sets
// the flag (the desk's election set-up, a feed that says it is a test) writes it through here.
//
// The election's races are locked first, as a call and a publication lock their race
// (sql-dialect.ts, lockRace), and their versions move: readers' race JSON changes with the flag. A
// publication racing the marking therefore either commits first, and is pulled here, or waits and
// then finds the election marked inside its own guard (publication-rule-sql.ts, electionHoldsTestDataSql):
// never a published story about test data.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { TEST_DATA_PULL_REASON } from "@/lib/domain/test-data";
import type { Actor } from "@/lib/server/auth/actor";
import { AUDIT_COLUMNS } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { asBoolean, asTimestamp } from "@/lib/server/sql-dialect";
import { pulledStoryAlerts, raceRefByStory } from "@/lib/server/webhooks/outbox";

/** The reason stored on a story this pulls (the desk and reader pages drop the "Pulled: "). */
export const TEST_DATA_PULLED = `Pulled: ${TEST_DATA_PULL_REASON}`;

export function testDataMarkingStatements(options: {
  electionId: string;
  isTest: boolean;
  /** The write's time, as sqlTimestamp gives it. */
  at: string;
  actor: Pick<Actor, "userId" | "name">;
  /** The election's slug and races, to name them in the alerts of the stories this pulls. */
  electionSlug: string;
  races: readonly { id: string; slug: string; office: string; seat: string }[];
}): Prisma.PrismaPromise<number>[] {
  const { electionId, isTest, at, actor } = options;
  const races = Prisma.sql`SELECT "id" FROM "Race" WHERE "electionId" = ${electionId}`;
  const marking = randomUUID();
  return [
    db.$executeRaw`UPDATE "Race" SET "version" = "version" + 1 WHERE "electionId" = ${electionId}`,
    db.$executeRaw`UPDATE "Election" SET "isTest" = ${asBoolean(isTest)}, "updatedAt" = ${asTimestamp(at)} WHERE "id" = ${electionId}`,
    ...(isTest
      ? [
          db.$executeRaw`UPDATE "Story"
            SET "status" = 'pulled', "pulledAt" = ${asTimestamp(at)}, "pulledReason" = ${TEST_DATA_PULLED}, "version" = "version" + 1, "updatedAt" = ${asTimestamp(at)}
            WHERE "status" = 'published' AND "raceId" IN (${races})`,
          db.$executeRaw`INSERT INTO "AuditEvent" (${AUDIT_COLUMNS})
            SELECT 'pull-' || "id" || '-' || ${marking}, 'story.pulled', ${actor.userId}, ${actor.name}, 'Story', "id", ${JSON.stringify({ electionId, reason: "test_data" })}, ${asTimestamp(at)}
            FROM "Story" WHERE "status" = 'pulled' AND "pulledAt" = ${asTimestamp(at)} AND "pulledReason" = ${TEST_DATA_PULLED} AND "raceId" IN (${races})`,
          db.$executeRaw(
            pulledStoryAlerts({
              pulled: Prisma.sql`"status" = 'pulled' AND "pulledAt" = ${asTimestamp(at)} AND "pulledReason" = ${TEST_DATA_PULLED} AND "raceId" IN (${races})`,
              raceRef: raceRefByStory(options.races, options.electionSlug),
              by: actor.name,
              at,
              when: Prisma.sql`1 = 1`,
            }),
          ),
        ]
      : []),
  ];
}
