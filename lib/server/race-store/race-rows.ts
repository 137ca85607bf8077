import "server-only";
// Turns the race store's flat SQL rows into the domain's RaceRows. SQLite hands back booleans as
// 0/1, counts as numbers or bigints, and times as text; PostgreSQL as booleans, numbers and Dates.
import { callRecordedAt, currentCallOf, type CurrentCall } from "@/lib/domain/race-call";
import type { RaceRowCandidate, RaceRows, RaceRowUnit } from "@/lib/domain/race-result";
import type { RaceRule } from "@/lib/domain/race-types";
import { compareMethods, methodKindOf } from "@/lib/domain/votes-by-method";

type Flag = boolean | number;
type Count = number | bigint;
type Time = Date | string;

export interface RaceRow {
  id: string;
  slug: string;
  office: string;
  seat: string;
  ruleKind: string;
  thresholdPct: number | null;
  seats: Count;
  recountMarginPct: number | null;
  expectedVotePct: number | null;
  updatedAt: Time;
  version: Count;
  callSeq: Count | null;
  /** Whether a feed reported votes by method for any of the race's candidates: only then are they read. */
  hasMethods: Flag;
  electionSlug: string;
  electionName: string;
  electionDate: Time;
  electionIsDemo: Flag;
  electionIsTest: Flag;
}

export interface CandidacyRow {
  raceId: string;
  id: string;
  ballotOrder: Count;
  incumbent: Flag;
  slug: string;
  name: string;
  party: string | null;
  photoUrl: string | null;
  withdrawnAt: Time | null;
}

export interface UnitTallyRow {
  raceId: string;
  id: string;
  slug: string;
  name: string;
  precinctsTotal: Count;
  precinctsReporting: Count;
  ballotsCast: Count | null;
  version: Count;
  fips: string | null;
  expectedVotePct: number | null;
  candidacyId: string | null;
  votes: Count | null;
}

export interface MethodTallyRow {
  raceId: string;
  unitId: string;
  candidacyId: string;
  method: string;
  kind: string;
  votes: Count;
}

export interface CallRow {
  raceId: string;
  seq: Count;
  status: string;
  note: string | null;
  createdAt: Time;
  role: string | null;
  candidacyId: string | null;
}

/** A race as the store read it: the domain's rows, and what commands need to write against it. */
export interface StoredRace {
  id: string;
  /** Read before the counts: a write that checks it refuses when the counts moved since. */
  version: number;
  /** The latest call's number, 0 before the first call. */
  callSeq: number;
  rows: RaceRows;
  /** Candidacy id by candidate slug. */
  candidacyIds: Map<string, string>;
  /** Reporting unit id by unit slug. */
  unitIds: Map<string, string>;
}

const iso = (value: Time) => (value instanceof Date ? value : new Date(value)).toISOString();
const nullableNumber = (value: Count | null) => (value === null ? null : Number(value));

function groupBy<T extends { raceId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.raceId);
    if (group) group.push(row);
    else groups.set(row.raceId, [row]);
  }
  return groups;
}

function ruleOf(race: RaceRow): RaceRule {
  return race.ruleKind === "majority" ? { kind: "majority", thresholdPct: race.thresholdPct ?? 50 } : { kind: "plurality" };
}

function candidateOf(row: CandidacyRow): RaceRowCandidate {
  const { slug, name, party, photoUrl } = row;
  return { slug, name, party, photoUrl, incumbent: Boolean(row.incumbent), ballotOrder: Number(row.ballotOrder), withdrawn: row.withdrawnAt !== null };
}

function unitsOf(rows: readonly UnitTallyRow[], methods: readonly MethodTallyRow[] | undefined, slugByCandidacy: Map<string, string>): RaceRowUnit[] {
  const units = new Map<string, RaceRowUnit>();
  const slugOf = (candidacyId: string) => slugByCandidacy.get(candidacyId) ?? candidacyId;
  for (const row of rows) {
    let unit = units.get(row.id);
    if (!unit) {
      unit = {
        slug: row.slug,
        name: row.name,
        precinctsTotal: Number(row.precinctsTotal),
        precinctsReporting: Number(row.precinctsReporting),
        ballotsCast: nullableNumber(row.ballotsCast),
        version: Number(row.version),
        votes: {},
        fips: row.fips,
        expectedVotePct: row.expectedVotePct,
        votesByMethod: {},
      };
      units.set(row.id, unit);
    }
    if (row.candidacyId !== null && row.votes !== null) unit.votes[slugOf(row.candidacyId)] = Number(row.votes);
  }
  if (methods) {
    for (const row of methods) {
      // A unit the units' statement did not see (added since, on another connection) waits for the next read.
      const lists = units.get(row.unitId)?.votesByMethod;
      if (lists) (lists[slugOf(row.candidacyId)] ??= []).push({ method: row.method, kind: methodKindOf(row.kind), votes: Number(row.votes) });
    }
    for (const unit of units.values()) for (const list of Object.values(unit.votesByMethod)) list.sort(compareMethods);
  }
  return [...units.values()];
}

function callOf(rows: readonly CallRow[] | undefined, slugByCandidacy: Map<string, string>): CurrentCall {
  const latest = rows?.[0];
  return currentCallOf(
    latest && {
      status: latest.status,
      at: iso(latest.createdAt),
      note: latest.note,
      named: rows.flatMap((r) => (r.role !== null && r.candidacyId !== null ? [{ role: r.role, slug: slugByCandidacy.get(r.candidacyId)! }] : [])),
    },
  );
}

/** A call or a retraction is a change to the race too: the time readers see moves with it. */
function latestChange(updatedAt: string, call: CurrentCall): string {
  const recorded = callRecordedAt(call);
  return recorded && recorded > updatedAt ? recorded : updatedAt;
}

export function toStoredRaces(
  races: readonly RaceRow[],
  candidacies: readonly CandidacyRow[],
  units: readonly UnitTallyRow[],
  calls: readonly CallRow[],
  methods: readonly MethodTallyRow[],
): StoredRace[] {
  const [candidaciesByRace, unitsByRace, callsByRace, methodsByRace] = [groupBy(candidacies), groupBy(units), groupBy(calls), groupBy(methods)];
  return races.map((race) => {
    const raceCandidacies = candidaciesByRace.get(race.id) ?? [];
    const slugByCandidacy = new Map(raceCandidacies.map((c) => [c.id, c.slug]));
    const call = callOf(callsByRace.get(race.id), slugByCandidacy);
    const updatedAt = iso(race.updatedAt);
    return {
      id: race.id,
      version: Number(race.version),
      callSeq: Number(race.callSeq ?? 0),
      candidacyIds: new Map(raceCandidacies.map((c) => [c.slug, c.id])),
      unitIds: new Map((unitsByRace.get(race.id) ?? []).map((u) => [u.slug, u.id])),
      rows: {
        slug: race.slug,
        office: race.office,
        seat: race.seat,
        election: { slug: race.electionSlug, name: race.electionName, date: iso(race.electionDate).slice(0, 10), isDemo: Boolean(race.electionIsDemo) },
        testData: Boolean(race.electionIsTest),
        rule: ruleOf(race),
        seats: Number(race.seats),
        recountMarginPct: race.recountMarginPct,
        expectedVotePct: race.expectedVotePct,
        candidates: raceCandidacies.map(candidateOf),
        units: unitsOf(unitsByRace.get(race.id) ?? [], methodsByRace.get(race.id), slugByCandidacy),
        call,
        updatedAt: latestChange(updatedAt, call),
        version: Number(race.version),
      },
    };
  });
}
