import "server-only";
// Reader reads of one race: its current result and its tally timeline.
import type { LastCountChange } from "@/lib/domain/last-count-change";
import { decidingLine } from "@/lib/domain/deciding-line";
import { leadChanges, lineSeries, type RaceHistory } from "@/lib/domain/margin-history";
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { readRaceBySlug } from "@/lib/server/race-store/read-races";

export async function getRaceResult(slug: string): Promise<RaceResult | null> {
  const race = await readRaceBySlug(slug);
  return race ? buildRaceResult(race.rows) : null;
}

/**
 * The race's latest batch of votes: each candidate's net change in it, and where. A batch's rows
 * share their time (one write), so the newest row names the batch and the (race, time) index finds
 * the rest of it without reading the race's whole history.
 */
export async function getLastCountChange(slug: string): Promise<LastCountChange | null> {
  const newest = await db.tallyChange.findFirst({
    where: { race: { slug } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { raceId: true, batchId: true, createdAt: true },
  });
  if (!newest) return null;
  const rows = await db.tallyChange.findMany({
    where: { raceId: newest.raceId, createdAt: newest.createdAt, batchId: newest.batchId },
    select: {
      before: true,
      after: true,
      unitId: true,
      unit: { select: { name: true } },
      candidacy: { select: { ballotOrder: true, candidate: { select: { slug: true, name: true } } } },
    },
  });
  const units = new Map(rows.map((r) => [r.unitId, r.unit.name]));
  const gains = new Map<string, { slug: string; name: string; order: number; delta: number }>();
  for (const row of rows) {
    const { slug: candidateSlug, name } = row.candidacy.candidate;
    const gain = gains.get(candidateSlug) ?? { slug: candidateSlug, name, order: row.candidacy.ballotOrder, delta: 0 };
    gain.delta += row.after - row.before;
    gains.set(candidateSlug, gain);
  }
  return {
    at: newest.createdAt.toISOString(),
    unit: units.size === 1 ? [...units.values()][0]! : null,
    unitCount: units.size,
    gains: [...gains.values()]
      .filter((g) => g.delta !== 0)
      .sort((a, b) => a.order - b.order)
      .map(({ slug: candidateSlug, name, delta }) => ({ slug: candidateSlug, name, delta })),
  };
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
