import "server-only";
// An election as a feed import plans against it (lib/domain/feeds/feed-plan.ts): every race with
// its feed keys, candidacies, units (with the versions the write will be guarded by), counts, votes
// by method, and the latest feed call. Unit versions are read before counts, so a desk save landing
// in between makes the guard refuse the snapshot rather than let it be checked against newer counts.
import type { DeskElection, DeskRace, DeskUnit } from "@/lib/domain/feeds/feed-plan";
import { db } from "@/lib/server/db";

export interface FeedElection {
  id: string;
  slug: string;
  isTest: boolean;
}

export async function findFeedElection(slug: string): Promise<FeedElection | null> {
  return db.election.findUnique({ where: { slug }, select: { id: true, slug: true, isTest: true } });
}

function latestCalls(rows: { raceId: string; status: string; candidacyIds: string }[]): Map<string, DeskRace["sourceCall"]> {
  // Rows come newest first: the first one seen per race is its current advice.
  const calls = new Map<string, DeskRace["sourceCall"]>();
  for (const row of rows) if (!calls.has(row.raceId)) calls.set(row.raceId, { status: row.status, candidacyIds: JSON.parse(row.candidacyIds) as string[] });
  return calls;
}

export async function loadDeskElection(election: FeedElection, options: { create: boolean; personKeys: readonly string[] }): Promise<DeskElection> {
  const electionId = election.id;
  const [races, units, heldRows] = await Promise.all([
    db.race.findMany({
      where: { electionId },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        slug: true,
        office: true,
        seat: true,
        sourceKey: true,
        expectedVotePct: true,
        sortOrder: true,
        candidacies: { select: { id: true, candidateId: true, sourceKey: true, candidate: { select: { name: true } } } },
      },
    }),
    db.reportingUnit.findMany({
      where: { race: { electionId } },
      orderBy: { position: "asc" },
      select: {
        id: true,
        raceId: true,
        slug: true,
        name: true,
        sourceKey: true,
        version: true,
        precinctsTotal: true,
        precinctsReporting: true,
        ballotsCast: true,
        registeredVoters: true,
        expectedVotePct: true,
        fips: true,
        countSource: true,
      },
    }),
    db.heldFeedCount.findMany({ where: { unit: { race: { electionId } } }, select: { unitId: true, snapshotId: true } }),
  ]);
  const [tallies, methods, calls] = await Promise.all([
    db.tally.findMany({ where: { unit: { race: { electionId } } }, select: { unitId: true, candidacyId: true, votes: true } }),
    db.methodTally.findMany({ where: { unit: { race: { electionId } } }, select: { unitId: true, candidacyId: true, method: true, votes: true } }),
    db.sourceCall.findMany({ where: { race: { electionId } }, orderBy: { recordedAt: "desc" }, select: { raceId: true, status: true, candidacyIds: true } }),
  ]);

  const held = new Map(heldRows.map((row) => [row.unitId, row.snapshotId]));
  const unitsById = new Map<string, DeskUnit>();
  const unitsOfRace = new Map<string, DeskUnit[]>();
  for (const { raceId, ...unit } of units) {
    const deskUnit: DeskUnit = { ...unit, votes: {}, methods: {}, heldSnapshotId: held.get(unit.id) ?? null };
    unitsById.set(unit.id, deskUnit);
    let list = unitsOfRace.get(raceId);
    if (!list) unitsOfRace.set(raceId, (list = []));
    list.push(deskUnit);
  }
  for (const tally of tallies) {
    const unit = unitsById.get(tally.unitId);
    if (unit) unit.votes[tally.candidacyId] = tally.votes;
  }
  for (const row of methods) {
    const unit = unitsById.get(row.unitId);
    if (unit) (unit.methods[row.candidacyId] ??= {})[row.method] = row.votes;
  }
  const callOf = latestCalls(calls);

  const [raceSlugs, candidateSlugs, people] = options.create
    ? await Promise.all([
        db.race.findMany({ select: { slug: true } }),
        db.candidate.findMany({ select: { slug: true } }),
        options.personKeys.length > 0
          ? db.candidate.findMany({ where: { sourceKey: { in: [...options.personKeys] } }, select: { id: true, sourceKey: true } })
          : Promise.resolve([]),
      ])
    : [[], [], []];

  return {
    slug: election.slug,
    isTest: election.isTest,
    races: races.map((race) => ({
      id: race.id,
      slug: race.slug,
      office: race.office,
      seat: race.seat,
      sourceKey: race.sourceKey,
      expectedVotePct: race.expectedVotePct,
      candidacies: race.candidacies.map((c) => ({ id: c.id, candidateId: c.candidateId, name: c.candidate.name, sourceKey: c.sourceKey })),
      units: unitsOfRace.get(race.id) ?? [],
      sourceCall: callOf.get(race.id) ?? null,
    })),
    lastSortOrder: races.reduce((max, race) => Math.max(max, race.sortOrder), 0),
    candidatesByPersonKey: new Map(people.map((p) => [p.sourceKey!, p.id])),
    takenRaceSlugs: new Set(raceSlugs.map((r) => r.slug)),
    takenCandidateSlugs: new Set(candidateSlugs.map((c) => c.slug)),
  };
}
