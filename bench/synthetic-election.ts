// A large made-up election for the benchmark: one statewide general election whose State House
// races have 2 to 5 candidates and a dozen counties each, two thirds of the counties partly
// counted. Rows are built in memory and written with createMany in one transaction, so thousands
// of rows load in a few seconds. The election is marked as demo data, so reader pages say so.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/server/prisma-client";

export interface DatasetSize {
  races: number;
  unitsPerRace: number;
}

export interface SyntheticElection {
  races: number;
  units: number;
  candidacies: number;
  /** The race whose page and JSON are measured: the first one, with five candidates. */
  measuredRace: string;
}

const ELECTION_NIGHT = Date.UTC(2026, 10, 4, 1, 0);
const SEED_ACTOR = "Benchmark data (synthetic)";
const FIRST_NAMES = ["Ada", "Bruno", "Carmen", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal"];
const LAST_NAMES = ["Abbott", "Baptiste", "Chen", "Duarte", "Eriksen", "Fofana", "Garza", "Haddad", "Ivanova", "Jensen"];
const PARTIES = ["Democratic", "Republican", "Libertarian", "Green", "Independent"];

interface Rows {
  candidates: Prisma.CandidateCreateManyInput[];
  races: Prisma.RaceCreateManyInput[];
  candidacies: Prisma.CandidacyCreateManyInput[];
  units: Prisma.ReportingUnitCreateManyInput[];
  tallies: Prisma.TallyCreateManyInput[];
  changes: Prisma.TallyChangeCreateManyInput[];
}

/** Spread-out but repeatable vote counts, so every run loads the same election. */
function votesFor(race: number, unit: number, candidate: number): number {
  return 800 + ((race * 7919 + unit * 104_729 + candidate * 1_299_709) % 4000);
}

function addRace(rows: Rows, electionId: string, race: number, unitsPerRace: number): void {
  const raceId = randomUUID();
  const candidacyIds: string[] = [];
  for (let ballotOrder = 0; ballotOrder < 5 - (race % 4); ballotOrder++) {
    const n = rows.candidates.length;
    const name = `${FIRST_NAMES[n % 10]} ${LAST_NAMES[Math.floor(n / 10) % 10]}`;
    const candidateId = randomUUID();
    rows.candidates.push({ id: candidateId, slug: `${name.toLowerCase().replace(" ", "-")}-${n + 1}`, name, party: PARTIES[ballotOrder] });
    const candidacyId = randomUUID();
    candidacyIds.push(candidacyId);
    rows.candidacies.push({ id: candidacyId, raceId, candidateId, ballotOrder, incumbent: ballotOrder === 0 });
  }

  let counted = 0;
  for (let unit = 0; unit < unitsPerRace; unit++) {
    const unitId = randomUUID();
    const precinctsTotal = 10 + ((race + unit * 5) % 30);
    const isCounted = (race + unit) % 3 !== 0;
    rows.units.push({
      id: unitId,
      raceId,
      slug: `county-${unit + 1}`,
      name: `County ${unit + 1}`,
      position: unit,
      precinctsTotal,
      // A quarter, half, three quarters or all of the precincts of a counted county are in.
      precinctsReporting: isCounted ? Math.ceil((precinctsTotal * ((unit % 4) + 1)) / 4) : 0,
      version: isCounted ? 1 : 0,
    });
    if (!isCounted) continue;
    counted++;
    const batchId = randomUUID();
    const createdAt = new Date(ELECTION_NIGHT + unit * 10 * 60_000);
    candidacyIds.forEach((candidacyId, candidate) => {
      const votes = votesFor(race, unit, candidate);
      rows.tallies.push({ unitId, candidacyId, votes });
      rows.changes.push({ raceId, unitId, candidacyId, batchId, before: 0, after: votes, source: "seed", actorLabel: SEED_ACTOR, createdAt });
    });
  }

  rows.races.push({
    id: raceId,
    slug: `bench-state-house-district-${race + 1}`,
    electionId,
    office: "State House",
    seat: `District ${race + 1}`,
    featured: race < 3,
    sortOrder: race,
    version: counted,
  });
}

export async function loadSyntheticElection(db: PrismaClient, size: DatasetSize): Promise<SyntheticElection> {
  const electionId = randomUUID();
  const rows: Rows = { candidates: [], races: [], candidacies: [], units: [], tallies: [], changes: [] };
  for (let race = 0; race < size.races; race++) addRace(rows, electionId, race, size.unitsPerRace);

  await db.$transaction([
    db.election.create({
      data: { id: electionId, slug: "bench-state-2026-general", name: "Bench State general election", date: new Date("2026-11-03"), jurisdiction: "Bench State (synthetic)", isDemo: true },
    }),
    db.candidate.createMany({ data: rows.candidates }),
    db.race.createMany({ data: rows.races }),
    db.candidacy.createMany({ data: rows.candidacies }),
    db.reportingUnit.createMany({ data: rows.units }),
    db.tally.createMany({ data: rows.tallies }),
    db.tallyChange.createMany({ data: rows.changes }),
  ]);
  return { races: rows.races.length, units: rows.units.length, candidacies: rows.candidacies.length, measuredRace: rows.races[0]!.slug };
}
