// The publication rule has one source (EXPECTATION_NEEDS); the gate applies it in TypeScript and the
// publish and pull statements as SQL generated from it. On a real database, for every expectation a
// story can have and every call a race can carry (each status, each set of winners), the SQL, read
// against the latest call in the database and against a call about to be made, agrees with
// expectationHolds.
import { afterAll, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { expectationHolds, type StoryExpectation } from "@/lib/domain/publication-gate";
import { CALL_STATUSES, type CurrentCall } from "@/lib/domain/race-call";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { expectationHoldsSql, latestCallSql, proposedCallSql } = await import("./publication-rule-sql");
afterAll(() => database.remove());
const db = database.client;

const election = await db.election.create({ data: { slug: "rule", name: "Rule", date: new Date("2026-11-03"), jurisdiction: "Test" } });
const race = await db.race.create({ data: { slug: "rule-race", electionId: election.id, office: "Office", seat: "Seat", seats: 2 } });
const SLUGS = ["ana", "ben", "cy"] as const;
const candidacyOf = new Map<string, string>();
for (const [i, slug] of SLUGS.entries()) {
  const candidate = await db.candidate.create({ data: { slug, name: slug } });
  candidacyOf.set(slug, (await db.candidacy.create({ data: { raceId: race.id, candidateId: candidate.id, ballotOrder: i } })).id);
}

const EXPECTATIONS: StoryExpectation[] = [{ kind: "called" }, { kind: "runoff" }, ...SLUGS.map((candidate) => ({ kind: "winner" as const, candidate }))];
const stories = await Promise.all(
  EXPECTATIONS.map((expects, i) =>
    db.story.create({
      data: {
        slug: `story-${i}`, raceId: race.id, headline: "h", body: "b", expectsKind: expects.kind,
        expectsCandidacyId: expects.kind === "winner" ? candidacyOf.get(expects.candidate)! : null,
      },
      select: { id: true },
    }),
  ),
);

const subsets = <T>(items: readonly T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);

/** Which of the stories the SQL predicate says hold, in EXPECTATIONS order. */
async function sqlVerdicts(predicate: Prisma.Sql): Promise<boolean[]> {
  const rows = await db.$queryRaw<{ id: string; holds: number | bigint }[]>`
    SELECT "id", CASE WHEN ${predicate} THEN 1 ELSE 0 END AS "holds" FROM "Story" WHERE "raceId" = ${race.id}`;
  const holds = new Map(rows.map((row) => [row.id, Number(row.holds) === 1]));
  return stories.map((story) => holds.get(story.id)!);
}

test("SQL and TypeScript agree on every expectation under every call, before and after it is recorded", async () => {
  let seq = 0;
  let checked = 0;
  for (const status of CALL_STATUSES) {
    for (const named of subsets(SLUGS)) {
      const call: CurrentCall = {
        status,
        winners: status === "called" ? named : [],
        advancing: status === "runoff" ? named : [],
        calledAt: null,
        retractedAt: null,
        note: null,
      };
      const expected = EXPECTATIONS.map((expects) => expectationHolds(expects, call));
      const winnerIds = call.winners.map((slug) => candidacyOf.get(slug)!);

      expect(await sqlVerdicts(expectationHoldsSql(proposedCallSql(status, winnerIds))), `${status} ${named}, proposed`).toEqual(expected);

      const role = status === "runoff" ? "advancing" : "winner";
      const recorded = status === "called" || status === "runoff" ? named : [];
      await db.raceCall.create({
        data: {
          raceId: race.id, seq: ++seq, status, snapshot: "{}", actorLabel: "Test",
          candidates: { create: recorded.map((slug) => ({ candidacyId: candidacyOf.get(slug)!, role })) },
        },
      });
      expect(await sqlVerdicts(expectationHoldsSql(latestCallSql())), `${status} ${named}, latest`).toEqual(expected);
      checked += EXPECTATIONS.length;
    }
  }
  expect(checked).toBe(CALL_STATUSES.length * 8 * EXPECTATIONS.length);
});
