import "server-only";
// What a tally import is checked against: every race's slug and name, then for each race the file
// names its candidates and units (with the versions the write will be guarded by), then the tallies.
// Versions are read before tallies, so a write landing in between makes the guard refuse the import
// rather than let it be checked against counts newer than the versions it claims.
import { NameIndex } from "@/lib/domain/csv-tallies-names";
import { db } from "@/lib/server/db";

export interface ImportRace {
  id: string;
  slug: string;
  name: string;
}

export interface ImportUnit {
  id: string;
  slug: string;
  name: string;
  version: number;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
}

export interface ImportCandidate {
  candidacyId: string;
  slug: string;
  name: string;
}

export interface RaceSetUp {
  id: string;
  slug: string;
  electionSlug: string;
  seats: number;
  units: NameIndex<ImportUnit>;
  candidates: NameIndex<ImportCandidate>;
  candidateList: ImportCandidate[];
}

export async function loadRaceDirectory(): Promise<NameIndex<ImportRace>> {
  const races = await db.race.findMany({ select: { id: true, slug: true, office: true, seat: true } });
  return new NameIndex(races.map((race) => ({ id: race.id, slug: race.slug, name: `${race.office}, ${race.seat}` })));
}

export async function loadRaceSetUp(raceId: string): Promise<RaceSetUp> {
  const race = await db.race.findUniqueOrThrow({
    where: { id: raceId },
    select: {
      id: true,
      slug: true,
      seats: true,
      election: { select: { slug: true } },
      units: {
        select: { id: true, slug: true, name: true, version: true, precinctsTotal: true, precinctsReporting: true, ballotsCast: true },
      },
      candidacies: { select: { id: true, candidate: { select: { slug: true, name: true } } } },
    },
  });
  const candidateList = race.candidacies.map((c) => ({ candidacyId: c.id, slug: c.candidate.slug, name: c.candidate.name }));
  return {
    id: race.id,
    slug: race.slug,
    electionSlug: race.election.slug,
    seats: race.seats,
    units: new NameIndex(race.units),
    candidates: new NameIndex(candidateList),
    candidateList,
  };
}

/** Current votes by unit id, then candidacy id, for the given units of the given races. */
export async function loadTallies(raceIds: string[], unitIds: ReadonlySet<string>): Promise<Map<string, Map<string, number>>> {
  const tallies = await db.tally.findMany({
    where: { unit: { raceId: { in: raceIds } } },
    select: { unitId: true, candidacyId: true, votes: true },
  });
  const byUnit = new Map<string, Map<string, number>>();
  for (const tally of tallies) {
    if (!unitIds.has(tally.unitId)) continue;
    let votes = byUnit.get(tally.unitId);
    if (!votes) byUnit.set(tally.unitId, (votes = new Map()));
    votes.set(tally.candidacyId, tally.votes);
  }
  return byUnit;
}

/** Unit versions now, by unit id: to say which units moved when the guard refused an import. */
export async function currentVersions(raceIds: string[]): Promise<Map<string, number>> {
  const units = await db.reportingUnit.findMany({ where: { raceId: { in: raceIds } }, select: { id: true, version: true } });
  return new Map(units.map((unit) => [unit.id, unit.version]));
}
