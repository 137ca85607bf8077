import "server-only";
// The outbox's writes. An alert is written in the same batch as the change that causes it, and only
// while that batch's guard holds (race-store/guarded-write.ts), so an alert is sent if and only if
// its change was made: a process that dies after the commit leaves the row for the worker of the
// next one (worker.ts). Internal events (`race.counted`) are never sent; the worker works out from
// them what the count newly means (count-alerts.ts).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { RACE_COUNTED, type AlertEvent, type RaceRef } from "@/lib/domain/webhooks/events";
import { raceRef, standings, type RaceNaming } from "@/lib/domain/webhooks/race-alerts";
import type { RaceResult } from "@/lib/domain/race-result";
import { env } from "@/lib/server/env";
import { asText, asTimestamp, jsonObject, jsonParam, jsonText } from "@/lib/server/sql-dialect";

/** A race's count changed in the write `batchId` (TallyChange.batchId): the worker reads what it means. */
export interface RaceCounted {
  type: typeof RACE_COUNTED;
  data: { raceId: string; batchId: string };
}

/** An event for the outbox; `id` when it must be the same however often it is written (the worker's own). */
export type OutboxEntry = (AlertEvent | RaceCounted) & { id?: string };

/**
 * The entries as one multi-row insert, run only when `when` holds. An entry whose id is already
 * there is skipped: an event worked out twice is one event.
 */
export function outboxStatement(entries: readonly OutboxEntry[], at: string, when: Prisma.Sql): Prisma.Sql {
  const rows = Prisma.join(
    entries.map(
      (entry) => Prisma.sql`SELECT ${entry.id ?? randomUUID()} AS "id", ${entry.type} AS "type", ${JSON.stringify(entry.data)} AS "data", ${asTimestamp(at)} AS "createdAt"`,
    ),
    " UNION ALL ",
  );
  return Prisma.sql`INSERT INTO "OutboxEvent" ("id", "type", "data", "createdAt") SELECT * FROM (${rows}) AS "rows" WHERE ${when} ON CONFLICT ("id") DO NOTHING`;
}

/** The race as an event names it, with its reader page on this site. */
export const raceEventRef = (race: RaceNaming): RaceRef => raceRef(race, env.PUBLIC_URL);

/** What a call announces: `race.called`, `race.runoff`, `race.too_close`, or `race.retracted` (the guard lets a retraction through only when a call stands). */
export function callAlert(race: RaceResult, call: { status: string; winners: string[]; advancing: string[]; note?: string | null }, by: string): AlertEvent {
  const ref = raceEventRef(race);
  const note = call.note ?? null;
  switch (call.status) {
    case "called":
      return { type: "race.called", data: { race: ref, winners: call.winners, candidates: standings(race), note, by } };
    case "runoff":
      return { type: "race.runoff", data: { race: ref, advancing: call.advancing, candidates: standings(race), note, by } };
    case "too_close":
      return { type: "race.too_close", data: { race: ref, candidates: standings(race), margin: race.margin, cause: "call", by } };
    default:
      return { type: "race.retracted", data: { race: ref, note, by } };
  }
}

export const storyUrl = (slug: string) => `${env.PUBLIC_URL}/stories/${slug}`;

/**
 * One `story.pulled` alert per story the same batch pulled (`pulled` selects them, `raceRef` names
 * each one's race), built in SQL from the stories as pulled, with the reason the pull recorded.
 */
export function pulledStoryAlerts(options: { pulled: Prisma.Sql; raceRef: Prisma.Sql; by: string; at: string; when: Prisma.Sql }): Prisma.Sql {
  const { pulled, by, at, when } = options;
  const data = jsonObject({
    story: jsonObject({ id: Prisma.sql`"id"`, slug: Prisma.sql`"slug"`, headline: Prisma.sql`"headline"`, url: Prisma.sql`${asText(storyUrl(""))} || "slug"` }),
    race: options.raceRef,
    reason: Prisma.sql`"pulledReason"`,
    by: asText(by),
  });
  return Prisma.sql`INSERT INTO "OutboxEvent" ("id", "type", "data", "createdAt")
    SELECT ${asText(randomUUID())} || '-' || "id", 'story.pulled', ${jsonText(data)}, ${asTimestamp(at)}
    FROM "Story" WHERE ${pulled} AND ${when}`;
}

/** A race reference for pulledStoryAlerts: the same for every story. */
export const oneRaceRef = (race: RaceNaming) => jsonParam(raceEventRef(race));

/**
 * Race references for pulledStoryAlerts when the stories are of several races of one election: each
 * story's own race, by its id. A race added since `races` was read is named by its seat.
 */
export function raceRefByStory(races: readonly (Omit<RaceNaming, "election"> & { id: string })[], electionSlug: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`"Race"."${name}"`);
  const fromRow = jsonObject({
    slug: column("slug"),
    name: column("seat"),
    office: column("office"),
    seat: column("seat"),
    election: asText(electionSlug),
    url: Prisma.sql`${asText(`${env.PUBLIC_URL}/races/`)} || ${column("slug")}`,
  });
  const fallback = Prisma.sql`(SELECT ${fromRow} FROM "Race" WHERE "Race"."id" = "Story"."raceId")`;
  if (races.length === 0) return fallback;
  const known = races.map((race) => Prisma.sql`WHEN ${race.id} THEN ${jsonParam(raceEventRef({ ...race, election: { slug: electionSlug } }))}`);
  return Prisma.sql`CASE "Story"."raceId" ${Prisma.join(known, " ")} ELSE ${fallback} END`;
}

/** `race.counted` for each race a tally write changed: the worker announces what the count newly means. */
export const countedRaces = (raceIds: readonly string[], batchId: string): RaceCounted[] =>
  raceIds.map((raceId) => ({ type: RACE_COUNTED, data: { raceId, batchId } }));
