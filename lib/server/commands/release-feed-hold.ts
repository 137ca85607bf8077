import "server-only";
// `POST /api/v1/races/{slug}/units/{unitSlug}/release-hold` and the race desk's "Use the feed's
// count". A unit the desk entered by hand keeps its count when a feed says otherwise: the importer
// records the feed's count beside it (HeldFeedCount). Releasing the hold applies that count through
// the same guarded write as a desk save, as source "feed" (so the unit follows the feed again from
// the next snapshot), with its votes by method, and removes the hold: one batch, all or nothing.
import { Prisma } from "@/lib/generated/prisma/client";
import { heldCountLowers } from "@/lib/domain/feeds/held-count";
import { releaseFeedHoldInputSchema } from "@/lib/domain/feeds/held-count-input";
import { methodKind } from "@/lib/domain/feeds/feed-snapshot";
import { checkUnitTally } from "@/lib/domain/unit-tally";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { countWrite, currentUnit, loadUnit, tallyWrite, versionConflict, writtenAnswer, type UnitTallyWritten } from "@/lib/server/commands/write-unit-tally";
import { db } from "@/lib/server/db";
import { CommandError, invalid, notFound } from "@/lib/server/errors";
import { sourceName } from "@/lib/server/feeds/feed-write";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { asInteger } from "@/lib/server/sql-dialect";

interface HeldRow {
  snapshotId: string;
  precinctsReporting: number;
  ballotsCast: number | null;
  /** Votes by candidacy id. */
  votes: Record<string, number>;
  /** Votes by candidacy id, then the feed's method name. */
  methods: Record<string, Record<string, number>>;
}

async function heldCount(unitId: string): Promise<(HeldRow & { source: string }) | null> {
  const held = await db.heldFeedCount.findUnique({
    where: { unitId },
    select: { snapshotId: true, precinctsReporting: true, ballotsCast: true, votes: true, methods: true },
  });
  if (!held) return null;
  const snapshot = await db.feedSnapshot.findUnique({ where: { id: held.snapshotId }, select: { format: true } });
  return {
    ...held,
    votes: JSON.parse(held.votes) as HeldRow["votes"],
    methods: JSON.parse(held.methods) as HeldRow["methods"],
    source: snapshot ? sourceName(snapshot.format) : "Feed",
  };
}

/** The unit's votes by method become the feed's, as a feed write would leave them. */
function methodStatements(unitId: string, methods: HeldRow["methods"], candidacyIds: ReadonlySet<string>, holds: Prisma.Sql): Prisma.Sql[] {
  const rows = Object.entries(methods)
    .filter(([candidacyId]) => candidacyIds.has(candidacyId))
    .flatMap(([candidacyId, byMethod]) =>
      Object.entries(byMethod).map(
        ([method, votes]) =>
          Prisma.sql`SELECT ${unitId} AS "unitId", ${candidacyId} AS "candidacyId", ${method} AS "method", ${methodKind(method)} AS "kind", ${asInteger(votes)} AS "votes"`,
      ),
    );
  return [
    Prisma.sql`DELETE FROM "MethodTally" WHERE "unitId" = ${unitId} AND ${holds}`,
    ...(rows.length > 0
      ? [Prisma.sql`INSERT INTO "MethodTally" ("unitId", "candidacyId", "method", "kind", "votes") SELECT * FROM (${Prisma.join(rows, " UNION ALL ")}) AS "rows" WHERE ${holds}`]
      : []),
  ];
}

export async function releaseFeedHold(actor: Actor | null, raceSlug: string, unitSlug: string, rawInput: unknown): Promise<UnitTallyWritten> {
  const who = authorize(actor, "tally:write");
  const input = parseInput(releaseFeedHoldInputSchema, rawInput);
  const { race, unitId, snapshot } = await loadUnit(raceSlug, unitSlug);
  const held = await heldCount(unitId);
  if (!held) throw notFound(`A feed count held for ${snapshot.name}`);
  if (input.version !== snapshot.version) throw versionConflict(snapshot);

  const slugOf = new Map([...race.candidacyIds].map(([slug, id]) => [id, slug]));
  const votes = Object.fromEntries(Object.entries(held.votes).flatMap(([id, n]) => (slugOf.has(id) ? [[slugOf.get(id)!, n]] : [])));
  const feedCount = { precinctsReporting: held.precinctsReporting, ballotsCast: held.ballotsCast, votes };
  const correction = heldCountLowers(feedCount, snapshot);
  const verdict = checkUnitTally({ ...snapshot, seats: race.rows.seats }, { version: input.version, ...feedCount, correction });
  if (!verdict.ok) {
    const why = Object.entries(verdict.fields).map(([field, problem]) => `${field} ${problem}`).join("; ");
    throw invalid(verdict.fields, `The ${held.source} feed's count for ${snapshot.name} cannot be applied: ${why}.`);
  }

  const at = new Date();
  const stillHeld = Prisma.sql`EXISTS (SELECT 1 FROM "HeldFeedCount" WHERE "unitId" = ${unitId} AND "snapshotId" = ${held.snapshotId})`;
  const { won } = await runGuardedWrite(() =>
    tallyWrite({
      ...countWrite({ race, unitId }, input.version, verdict, at),
      correction,
      note: `${held.source} feed, snapshot ${held.snapshotId}: the held count, released on the desk`,
      source: "feed",
      actor: who,
      before: snapshot,
      // A newer snapshot may have replaced the held count meanwhile: then this is not the count decided on.
      requires: stillHeld,
      also: (holds) => [
        ...methodStatements(unitId, held.methods, new Set(slugOf.keys()), holds),
        Prisma.sql`DELETE FROM "HeldFeedCount" WHERE "unitId" = ${unitId} AND ${holds}`,
      ],
      audit: { action: "tally.hold_released", detail: { snapshotId: held.snapshotId, feed: held.source } },
    }),
  );
  if (!won) {
    const current = await currentUnit(raceSlug, unitSlug);
    if (current.version !== input.version) throw versionConflict(current);
    throw new CommandError("version_conflict", `The ${held.source} feed sent a newer count for ${current.name} meanwhile; nothing was applied. Look at it again.`, { current });
  }
  return writtenAnswer(race, snapshot, verdict, at);
}
