import "server-only";
// Reader reads of elections: the list on the home page (with its key races) and one election's races.
import { buildRaceResult, type RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { readRaceRowsByIds, readRacesByIds } from "@/lib/server/race-store/read-races";

export interface ElectionSummary {
  slug: string;
  name: string;
  date: string;
  jurisdiction: string;
  isDemo: boolean;
  /** The election holds test data (Election.isTest): not real results. */
  testData: boolean;
  raceCount: number;
}

export interface ElectionWithRaces extends ElectionSummary {
  races: RaceResult[];
}

const electionSelect = {
  slug: true,
  name: true,
  date: true,
  jurisdiction: true,
  isDemo: true,
  isTest: true,
  _count: { select: { races: true } },
} as const;

function toSummary(record: {
  slug: string;
  name: string;
  date: Date;
  jurisdiction: string;
  isDemo: boolean;
  isTest: boolean;
  _count: { races: number };
}): ElectionSummary {
  return {
    slug: record.slug,
    name: record.name,
    date: record.date.toISOString().slice(0, 10),
    jurisdiction: record.jurisdiction,
    isDemo: record.isDemo,
    testData: record.isTest,
    raceCount: record._count.races,
  };
}

/** Elections, newest first, each with its key races (featured ones, else its first few). */
export async function listElectionsWithKeyRaces(keyRacesPerElection = 4): Promise<ElectionWithRaces[]> {
  const elections = await db.election.findMany({
    orderBy: [{ date: "desc" }, { name: "asc" }],
    select: {
      ...electionSelect,
      races: {
        orderBy: [{ featured: "desc" }, { sortOrder: "asc" }, { slug: "asc" }],
        take: keyRacesPerElection,
        select: { id: true },
      },
    },
  });
  const races = await readRacesByIds(elections.flatMap((e) => e.races.map((r) => r.id)));
  const rowsById = new Map(races.map((race) => [race.id, race.rows]));
  return elections.map((e) => ({ ...toSummary(e), races: e.races.map((r) => buildRaceResult(rowsById.get(r.id)!)) }));
}

export async function listElections(): Promise<ElectionSummary[]> {
  const elections = await db.election.findMany({
    orderBy: [{ date: "desc" }, { name: "asc" }],
    select: electionSelect,
  });
  return elections.map(toSummary);
}

export async function getElection(slug: string): Promise<ElectionWithRaces | null> {
  const election = await db.election.findUnique({
    where: { slug },
    select: {
      ...electionSelect,
      races: { orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], select: { id: true } },
    },
  });
  if (!election) return null;
  return { ...toSummary(election), races: (await readRaceRowsByIds(election.races.map((r) => r.id))).map(buildRaceResult) };
}

export async function hasDemoData(): Promise<boolean> {
  return (await db.election.count({ where: { isDemo: true } })) > 0;
}
