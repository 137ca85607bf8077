import "server-only";
// Reader reads of one race: its current result and its tally timeline.
import { Prisma } from "@/lib/generated/prisma/client";
import type { LastCountChange, PublicRace } from "@/lib/domain/last-count-change";
import { decidingLine } from "@/lib/domain/deciding-line";
import { leadChanges, lineSeries, type RaceHistory } from "@/lib/domain/margin-history";
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { readRows } from "@/lib/server/hot-reads";
import { readRaceBySlug } from "@/lib/server/race-store/read-races";

export async function getRaceResult(slug: string): Promise<RaceResult | null> {
  const race = await readRaceBySlug(slug);
  return race ? buildRaceResult(race.rows) : null;
}

/** One row of the race's latest batch, as the driver gives it (hot-reads.ts): times as text on SQLite. */
interface BatchRow {
  createdAt: Date | string;
  before: number | bigint;
  after: number | bigint;
  unitId: string;
  unitName: string;
  ballotOrder: number | bigint;
  slug: string;
  name: string;
}

/**
 * The race's latest batch of votes: each candidate's net change in it, and where. One statement,
 * keyed by the race's id (the caller has the race already): a batch's rows share their time (one
 * write), so the newest row names the batch and the (race, time) index finds the rest of it without
 * reading the race's whole history.
 */
export async function getLastCountChange(raceId: string): Promise<LastCountChange | null> {
  const rows = await readRows<BatchRow>(Prisma.sql`
    SELECT tc."createdAt", tc."before", tc."after", tc."unitId", u."name" AS "unitName", c."ballotOrder", p."slug", p."name"
    FROM "TallyChange" tc
    JOIN (SELECT "createdAt", "batchId" FROM "TallyChange" WHERE "raceId" = ${raceId} ORDER BY "createdAt" DESC, "id" DESC LIMIT 1) newest
      ON newest."createdAt" = tc."createdAt" AND newest."batchId" = tc."batchId"
    JOIN "ReportingUnit" u ON u."id" = tc."unitId"
    JOIN "Candidacy" c ON c."id" = tc."candidacyId"
    JOIN "Candidate" p ON p."id" = c."candidateId"
    WHERE tc."raceId" = ${raceId}`);
  if (rows.length === 0) return null;
  const units = new Map(rows.map((r) => [r.unitId, r.unitName]));
  const gains = new Map<string, { slug: string; name: string; order: number; delta: number }>();
  for (const row of rows) {
    const gain = gains.get(row.slug) ?? { slug: row.slug, name: row.name, order: Number(row.ballotOrder), delta: 0 };
    gain.delta += Number(row.after) - Number(row.before);
    gains.set(row.slug, gain);
  }
  const at = rows[0]!.createdAt;
  return {
    at: (at instanceof Date ? at : new Date(at)).toISOString(),
    unit: units.size === 1 ? [...units.values()][0]! : null,
    unitCount: units.size,
    gains: [...gains.values()]
      .filter((g) => g.delta !== 0)
      .sort((a, b) => a.order - b.order)
      .map(({ slug, name, delta }) => ({ slug, name, delta })),
  };
}

/** The race as its reader page shows it: the result, and its latest batch read by the race's id. */
export async function getRaceWithLastChange(slug: string): Promise<PublicRace | null> {
  const race = await readRaceBySlug(slug);
  return race ? { ...buildRaceResult(race.rows), lastChange: await getLastCountChange(race.id) } : null;
}

/**
 * Replays the append-only tally changes in write order: each batch (one unit write) moves the race
 * totals by after − before, so the timeline needs no snapshot table.
 */
export async function getRaceHistory(slug: string): Promise<RaceHistory | null> {
  const race = await db.race.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      candidacies: { select: { id: true, candidate: { select: { slug: true, name: true } } } },
      tallyChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { batchId: true, candidacyId: true, before: true, after: true, createdAt: true },
      },
    },
  });
  if (!race) return null;

  const slugByCandidacy = new Map(race.candidacies.map((c) => [c.id, c.candidate.slug]));
  const totals: Record<string, number> = Object.fromEntries(race.candidacies.map((c) => [c.candidate.slug, 0]));
  const batches: { at: string; totals: Record<string, number> }[] = [];
  let currentBatch: string | null = null;
  for (const change of race.tallyChanges) {
    const candidateSlug = slugByCandidacy.get(change.candidacyId);
    if (candidateSlug === undefined) continue;
    totals[candidateSlug] = (totals[candidateSlug] ?? 0) + change.after - change.before;
    if (change.batchId !== currentBatch) {
      batches.push({ at: change.createdAt.toISOString(), totals: {} });
      currentBatch = change.batchId;
    }
    batches[batches.length - 1]!.totals = { ...totals };
  }

  // The line is chosen on the count the race page shows: its standings (ties settled by ballot order)
  // under the race's rule and seats.
  const result = await getRaceResult(slug);
  const line = result ? decidingLine(result, result.candidates) : null;
  const points = line ? lineSeries(batches, line) : [];
  return {
    slug: race.slug,
    pair: line && line.kind !== "threshold" ? [line.above, line.below] : null,
    line,
    candidates: race.candidacies.map((c) => ({ slug: c.candidate.slug, name: c.candidate.name })),
    points,
    leadChanges: leadChanges(points),
  };
}
