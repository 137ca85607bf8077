import "server-only";
// What a count newly means, worked out from a `race.counted` event by the one worker that claimed
// it: `race.too_close` and `race.fully_reported` when the race has become so since they were last
// announced (RaceAlertState remembers), and `tally.correction` for each unit whose count the write
// lowered (from the write's own history rows). The race is read as it is now, not as the event saw
// it: two counts in quick succession are judged by the later, and a state is announced once.
//
// Two workers could still work out two events of one race at once (one claims each). The state's
// version decides: only the worker that moves it from the version it read writes its alerts, whose
// ids are made of the race and that version; the other gives its event back and works it out again
// against the new state.
import { Prisma } from "@/lib/generated/prisma/client";
import { buildRaceResult } from "@/lib/domain/race-result";
import type { AlertEvent, EventData } from "@/lib/domain/webhooks/events";
import { countAlertState, newlyTrue, standings } from "@/lib/domain/webhooks/race-alerts";
import { db } from "@/lib/server/db";
import { readRacesByIds } from "@/lib/server/race-store/read-races";
import { asBoolean, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";
import { outboxStatement, raceEventRef, type OutboxEntry, type RaceCounted } from "@/lib/server/webhooks/outbox";
import { releaseEvent, type PendingEvent } from "@/lib/server/webhooks/outbox-store";

type RaceData = ReturnType<typeof buildRaceResult>;

/** The units whose count each write lowered, each with the counts that went down: one alert per write and unit. */
async function corrections(race: RaceData, raceId: string, eventOfBatch: ReadonlyMap<string, string>): Promise<OutboxEntry[]> {
  const rows = await db.tallyChange.findMany({
    where: { raceId, batchId: { in: [...eventOfBatch.keys()] } },
    select: { batchId: true, before: true, after: true, source: true, actorLabel: true, unitId: true, unit: { select: { slug: true, name: true } }, candidacy: { select: { candidate: { select: { name: true } } } } },
    orderBy: { id: "asc" },
  });
  const byWriteAndUnit = new Map<string, EventData<"tally.correction">>();
  for (const row of rows.filter((r) => r.after < r.before)) {
    const key = `${eventOfBatch.get(row.batchId)}:correction:${row.unitId}`;
    const data = byWriteAndUnit.get(key) ?? { race: raceEventRef(race), unit: row.unit, changes: [], source: row.source, by: row.actorLabel };
    data.changes.push({ candidate: row.candidacy.candidate.name, before: row.before, after: row.after });
    byWriteAndUnit.set(key, data);
  }
  return [...byWriteAndUnit].map(([id, data]) => ({ id, type: "tally.correction", data }));
}

function stateAlerts(race: RaceData, types: ReturnType<typeof newlyTrue>): AlertEvent[] {
  const ref = raceEventRef(race);
  return types.map((type) =>
    type === "race.too_close"
      ? { type, data: { race: ref, candidates: standings(race), margin: race.margin, cause: "count" as const, by: null } }
      : { type, data: { race: ref, candidates: standings(race), precinctsTotal: race.reporting.precinctsTotal } },
  );
}

/**
 * Works out a race's `race.counted` events, claimed by this worker: the race is read and judged once
 * for all of them (a busy night writes a race's counts many times a second), and each write's
 * lowered counts are announced on their own. Gives them back when another worker changed the race's
 * state first.
 */
export async function announceCounts(raceId: string, events: readonly PendingEvent[], now: Date): Promise<void> {
  const ids = events.map((event) => event.id);
  const eventOfBatch = new Map(events.map((event) => [(JSON.parse(event.data) as RaceCounted["data"]).batchId, event.id]));
  const at = sqlTimestamp(now);
  const [stored] = await readRacesByIds([raceId]);
  if (!stored) {
    // The race was removed: nothing is left to announce.
    await db.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { processedAt: now, lockedUntil: null } });
    return;
  }
  const race = buildRaceResult(stored.rows);
  await db.$executeRaw`INSERT INTO "RaceAlertState" ("raceId", "updatedAt") VALUES (${raceId}, ${asTimestamp(at)}) ON CONFLICT ("raceId") DO NOTHING`;
  const before = await db.raceAlertState.findUniqueOrThrow({ where: { raceId }, select: { tooClose: true, fullyReported: true, version: true } });
  const after = countAlertState(race);
  const version = before.version + 1;
  const alerts = stateAlerts(race, newlyTrue(before, after)).map((alert) => ({ ...alert, id: `${alert.type}:${raceId}:${version}` }));
  // True for this worker's write, and for another's that read the same state and reached the same
  // one (whose alerts are these, with these ids): never for a write that saw something else.
  const holds = Prisma.sql`EXISTS (SELECT 1 FROM "RaceAlertState" WHERE "raceId" = ${raceId} AND "version" = ${version}
    AND "tooClose" = ${asBoolean(after.tooClose)} AND "fullyReported" = ${asBoolean(after.fullyReported)})`;
  const entries = [...alerts, ...(await corrections(race, raceId, eventOfBatch))];
  const results = await db.$transaction([
    db.raceAlertState.updateMany({ where: { raceId, version: before.version }, data: { ...after, version } }),
    ...(entries.length > 0 ? [db.$executeRaw(outboxStatement(entries, at, holds))] : []),
    db.$executeRaw`UPDATE "OutboxEvent" SET "processedAt" = ${asTimestamp(at)}, "lockedUntil" = NULL WHERE "id" IN (${Prisma.join(ids)}) AND ${holds}`,
  ]);
  if (results.at(-1) === 0) await Promise.all(ids.map(releaseEvent));
}

/** The race a `race.counted` event is about. */
export const countedRace = (event: PendingEvent) => (JSON.parse(event.data) as RaceCounted["data"]).raceId;
