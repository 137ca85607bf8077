// One automated writer of one reporting unit's count, as a wire feed would be: it sends the unit's
// next absolute count with the version it last saw (`PUT /api/v1/races/{race}/units/{unit}`) and
// follows the version in each answer. Every count it sends is higher than the one before, so every
// accepted write changes the unit and bumps its version exactly once.
import type { RaceResult } from "@/lib/domain/race-result";
import type { PrismaClient } from "@/lib/server/prisma-client";

export interface UnitWriter {
  raceSlug: string;
  unitSlug: string;
  unitId: string;
  path: string;
  precinctsReporting: number;
  /** The unit's votes when the benchmark started, by candidate slug. */
  baseVotes: Record<string, number>;
  startVersion: number;
  /** The version the next write claims to replace. */
  version: number;
  sent: number;
  answered: number;
  accepted: number;
}

/** The first `count` units in position order, taken from as many different races as possible. */
export async function loadUnitWriters(db: PrismaClient, count: number, raceSlug?: string): Promise<UnitWriter[]> {
  const units = await db.reportingUnit.findMany({
    where: raceSlug ? { race: { slug: raceSlug } } : {},
    orderBy: [{ position: "asc" }, { race: { sortOrder: "asc" } }],
    take: count,
    select: {
      id: true,
      slug: true,
      version: true,
      precinctsReporting: true,
      race: { select: { slug: true, candidacies: { select: { id: true, candidate: { select: { slug: true } } } } } },
      tallies: { select: { candidacyId: true, votes: true } },
    },
  });
  if (units.length < count) throw new Error(`The dataset has ${units.length} reporting units; the benchmark needs ${count}.`);
  return units.map((unit) => {
    const votes = new Map(unit.tallies.map((t) => [t.candidacyId, t.votes]));
    return {
      raceSlug: unit.race.slug,
      unitSlug: unit.slug,
      unitId: unit.id,
      path: `/api/v1/races/${unit.race.slug}/units/${unit.slug}`,
      precinctsReporting: unit.precinctsReporting,
      baseVotes: Object.fromEntries(unit.race.candidacies.map((c) => [c.candidate.slug, votes.get(c.id) ?? 0])),
      startVersion: unit.version,
      version: unit.version,
      sent: 0,
      answered: 0,
      accepted: 0,
    };
  });
}

/** The body of the writer's next write; counts it as sent. */
export function nextTallyBody(writer: UnitWriter): string {
  writer.sent++;
  const votes = Object.fromEntries(Object.entries(writer.baseVotes).map(([candidate, n]) => [candidate, n + writer.sent]));
  return JSON.stringify({ version: writer.version, votes, precinctsReporting: writer.precinctsReporting });
}

/** The unit's version in a race JSON body (`GET /api/v1/races/{slug}`, or a write's 200). */
export function unitVersionIn(race: RaceResult, unitSlug: string): number | undefined {
  return race.units.find((unit) => unit.slug === unitSlug)?.version;
}

/** Follows the version from an answer: the race after a 200, the current unit in a 409. */
export function recordAnswer(writer: UnitWriter, status: number, body: string): void {
  writer.answered++;
  if (status === 200) {
    writer.accepted++;
    writer.version = unitVersionIn(JSON.parse(body) as RaceResult, writer.unitSlug) ?? writer.version + 1;
  } else if (status === 409) {
    const conflict = JSON.parse(body) as { error: { current: { version: number } } };
    writer.version = conflict.error.current.version;
  }
}
