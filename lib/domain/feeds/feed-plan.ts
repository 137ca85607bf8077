// What a parsed feed snapshot does to an election, decided without touching the database: which
// desk races, candidates and units each feed race, choice and unit is (by the feed's own key, else
// by name, and then the key is remembered), what to create (with `create`), which units change and
// how, which of them the desk holds, which went down (corrections), and the feed's calls.
//
// The server reads the election into `DeskElection`, plans, and writes the plan as one guarded batch
// (lib/server/feeds/feed-write.ts). Problems refuse the whole snapshot; warnings travel with it.
import { raceSlug } from "../election-setup";
import { slugify } from "../slug";
import type { FeedImportRace } from "./feed-import";
import { methodKind, type FeedCall, type FeedProblem, type FeedRace, type FeedUnit, type MethodKind, type ParsedFeed } from "./feed-snapshot";

export interface DeskCandidacy {
  id: string;
  candidateId: string;
  name: string;
  sourceKey: string | null;
}

export interface DeskUnit {
  id: string;
  slug: string;
  name: string;
  sourceKey: string | null;
  version: number;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  registeredVoters: number | null;
  expectedVotePct: number | null;
  fips: string | null;
  countSource: string | null;
  /** Votes by candidacy id. */
  votes: Record<string, number>;
  /** Votes by candidacy id, then method name. */
  methods: Record<string, Record<string, number>>;
  /** The feed count already held for this unit, if any, as the server stored it. */
  heldSnapshotId: string | null;
}

export interface DeskRace {
  id: string;
  slug: string;
  office: string;
  seat: string;
  sourceKey: string | null;
  expectedVotePct: number | null;
  candidacies: DeskCandidacy[];
  units: DeskUnit[];
  /** The latest feed call recorded for the race: status and candidacy ids. */
  sourceCall: { status: string; candidacyIds: string[] } | null;
}

export interface DeskElection {
  slug: string;
  isTest: boolean;
  races: DeskRace[];
  /** The highest sort order in use, so created races follow the election's own. */
  lastSortOrder: number;
  /** Candidates already on the desk by their person key (AP polID), for candidates who stand in several races. */
  candidatesByPersonKey: ReadonlyMap<string, string>;
  /** Slugs in use, so created ones do not collide. */
  takenRaceSlugs: ReadonlySet<string>;
  takenCandidateSlugs: ReadonlySet<string>;
}

export interface MethodRow {
  candidacyId: string;
  method: string;
  kind: MethodKind;
  votes: number;
}

export interface NewRace {
  id: string;
  slug: string;
  office: string;
  seat: string;
  seats: number;
  sourceKey: string;
  sortOrder: number;
  expectedVotePct: number | null;
}

export interface NewCandidate {
  id: string;
  slug: string;
  name: string;
  party: string | null;
  sourceKey: string | null;
}

export interface NewCandidacy {
  id: string;
  raceId: string;
  candidateId: string;
  ballotOrder: number;
  incumbent: boolean;
  sourceKey: string;
}

export interface NewUnit {
  id: string;
  raceId: string;
  slug: string;
  name: string;
  kind: string;
  position: number;
  precinctsTotal: number;
  sourceKey: string;
}

export interface UnitWrite {
  unitId: string;
  raceId: string;
  /** The feed's key for the unit, remembered for the next snapshot. */
  sourceKey: string;
  /** The version the plan was checked against; null for a unit this snapshot creates. */
  expectedVersion: number | null;
  precinctsTotal: number;
  precinctsReporting: number;
  ballotsCast: number | null;
  registeredVoters: number | null;
  expectedVotePct: number | null;
  fips: string | null;
  /** A count went down: applied, and marked as a correction. */
  correction: boolean;
  changes: { candidacyId: string; before: number; after: number }[];
  /** The unit's votes by method after the write; null leaves them as they are. */
  methods: MethodRow[] | null;
}

export interface HeldCount {
  unitId: string;
  precinctsReporting: number;
  ballotsCast: number | null;
  votes: Record<string, number>;
  methods: Record<string, Record<string, number>>;
}

export interface SourceCallRecord {
  raceId: string;
  status: "called" | "runoff" | "uncalled";
  candidacyIds: string[];
  calledAt: string | null;
}

export interface FeedPlan {
  problems: FeedProblem[];
  warnings: FeedProblem[];
  newRaces: NewRace[];
  /** Existing races that learn their feed key or a new expected-vote share. */
  raceUpdates: { raceId: string; sourceKey: string; expectedVotePct: number | null }[];
  newCandidates: NewCandidate[];
  newCandidacies: NewCandidacy[];
  /** Candidacies found by name that learn their feed key. */
  candidacyKeys: { candidacyId: string; sourceKey: string }[];
  newUnits: NewUnit[];
  unitWrites: UnitWrite[];
  holds: HeldCount[];
  /** Units whose held feed count is stale: the feed now agrees with the desk, or writes the unit itself. */
  clearedHolds: string[];
  sourceCalls: SourceCallRecord[];
  /** Races whose count this snapshot changes or creates: their versions move and their caches drop. */
  changedRaceIds: string[];
  races: FeedImportRace[];
  /** The snapshot is test data and the election is not yet marked so. */
  markTest: boolean;
}

export interface PlanOptions {
  create: boolean;
  /** The feed's race keys to take; empty takes every race. */
  onlyRaces?: readonly string[];
  newId: () => string;
}

const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

function uniqueSlug(base: string, taken: Set<string>, fallback: string): string {
  const root = base || fallback;
  let slug = root;
  for (let n = 2; taken.has(slug); n++) slug = `${root}-${n}`;
  taken.add(slug);
  return slug;
}

function methodRows(unit: FeedUnit, candidacyOf: ReadonlyMap<string, string>): MethodRow[] {
  const rows: MethodRow[] = [];
  for (const [candidateKey, byMethod] of Object.entries(unit.methods)) {
    const candidacyId = candidacyOf.get(candidateKey);
    if (!candidacyId) continue;
    for (const [method, votes] of Object.entries(byMethod)) rows.push({ candidacyId, method, kind: methodKind(method), votes });
  }
  return rows;
}

function sameMethods(rows: readonly MethodRow[], current: DeskUnit["methods"]): boolean {
  const count = Object.values(current).reduce((n, byMethod) => n + Object.keys(byMethod).length, 0);
  return rows.length === count && rows.every((row) => current[row.candidacyId]?.[row.method] === row.votes);
}

function raceName(race: Pick<FeedRace, "office" | "seat">): string {
  return race.seat ? `${race.office}, ${race.seat}` : race.office;
}

class Planner {
  readonly plan: FeedPlan = {
    problems: [],
    warnings: [],
    newRaces: [],
    raceUpdates: [],
    newCandidates: [],
    newCandidacies: [],
    candidacyKeys: [],
    newUnits: [],
    unitWrites: [],
    holds: [],
    clearedHolds: [],
    sourceCalls: [],
    changedRaceIds: [],
    races: [],
    markTest: false,
  };
  private readonly raceSlugs: Set<string>;
  private readonly candidateSlugs: Set<string>;
  private readonly candidateOfPerson: Map<string, string>;
  private sortOrder: number;

  constructor(
    private readonly election: DeskElection,
    private readonly options: PlanOptions,
  ) {
    this.raceSlugs = new Set(election.takenRaceSlugs);
    this.candidateSlugs = new Set(election.takenCandidateSlugs);
    this.candidateOfPerson = new Map(election.candidatesByPersonKey);
    this.sortOrder = election.lastSortOrder;
  }

  private deskRace(race: FeedRace): DeskRace | undefined {
    return (
      this.election.races.find((r) => r.sourceKey === race.sourceKey) ??
      this.election.races.find((r) => r.sourceKey === null && sameName(`${r.office}, ${r.seat}`, raceName(race)))
    );
  }

  addRace(race: FeedRace): void {
    const where = `race ${JSON.stringify(raceName(race))}`;
    const existing = this.deskRace(race);
    if (!existing && !this.options.create) {
      this.plan.warnings.push({ where, message: "is not on the desk, so it was skipped (import with create to add it)." });
      return;
    }
    const before = { problems: this.plan.problems.length };
    const raceId = existing?.id ?? this.options.newId();
    if (!existing) {
      this.sortOrder += 1;
      const slug = uniqueSlug(raceSlug(this.election.slug, race), this.raceSlugs, `race-${raceId}`);
      this.plan.newRaces.push({ id: raceId, slug, office: race.office, seat: race.seat, seats: race.seats, sourceKey: race.sourceKey, sortOrder: this.sortOrder, expectedVotePct: race.expectedVotePct });
    } else if (existing.sourceKey !== race.sourceKey || existing.expectedVotePct !== race.expectedVotePct) {
      this.plan.raceUpdates.push({ raceId, sourceKey: race.sourceKey, expectedVotePct: race.expectedVotePct });
    }

    const candidacyOf = this.matchCandidates(race, existing, raceId, where);
    const report: FeedImportRace = {
      slug: existing?.slug ?? this.plan.newRaces.at(-1)!.slug,
      name: raceName(race),
      created: !existing,
      unitsChanged: 0,
      unitsCorrected: 0,
      unitsHeld: 0,
    };
    race.units.forEach((unit, position) => this.addUnit(unit, position, existing, raceId, candidacyOf, report, where));
    if (this.plan.problems.length > before.problems) return;

    this.addSourceCall(race.call, existing, raceId, candidacyOf);
    if (!existing || report.unitsChanged > 0) this.plan.changedRaceIds.push(raceId);
    this.plan.races.push(report);
  }

  /** Feed candidate key → candidacy id, creating candidacies (and candidates) when allowed. */
  private matchCandidates(race: FeedRace, existing: DeskRace | undefined, raceId: string, where: string): Map<string, string> {
    const candidacyOf = new Map<string, string>();
    for (const candidate of race.candidates) {
      const found =
        existing?.candidacies.find((c) => c.sourceKey === candidate.sourceKey) ??
        existing?.candidacies.find((c) => c.sourceKey === null && sameName(c.name, candidate.name));
      if (found) {
        candidacyOf.set(candidate.sourceKey, found.id);
        if (found.sourceKey === null) this.plan.candidacyKeys.push({ candidacyId: found.id, sourceKey: candidate.sourceKey });
        continue;
      }
      if (!this.options.create) {
        this.plan.problems.push({ where: `${where}, candidate ${JSON.stringify(candidate.name)}`, message: "is not a candidate in this race on the desk; import with create (editors) to add them." });
        continue;
      }
      let candidateId = candidate.personKey ? this.candidateOfPerson.get(candidate.personKey) : undefined;
      if (!candidateId) {
        candidateId = this.options.newId();
        const slug = uniqueSlug(slugify(candidate.name), this.candidateSlugs, `candidate-${candidateId}`);
        this.plan.newCandidates.push({ id: candidateId, slug, name: candidate.name, party: candidate.party, sourceKey: candidate.personKey });
        if (candidate.personKey) this.candidateOfPerson.set(candidate.personKey, candidateId);
      }
      const id = this.options.newId();
      this.plan.newCandidacies.push({ id, raceId, candidateId, ballotOrder: candidate.ballotOrder, incumbent: candidate.incumbent, sourceKey: candidate.sourceKey });
      candidacyOf.set(candidate.sourceKey, id);
    }
    return candidacyOf;
  }

  private addUnit(
    unit: FeedUnit,
    position: number,
    existingRace: DeskRace | undefined,
    raceId: string,
    candidacyOf: ReadonlyMap<string, string>,
    report: FeedImportRace,
    raceWhere: string,
  ): void {
    const where = `${raceWhere}, unit ${JSON.stringify(unit.name)}`;
    const existing =
      existingRace?.units.find((u) => u.sourceKey === unit.sourceKey) ??
      existingRace?.units.find((u) => u.sourceKey === null && sameName(u.name, unit.name));
    if (!existing && !this.options.create) {
      this.plan.problems.push({ where, message: "is not a reporting unit of this race on the desk; import with create (editors) to add it." });
      return;
    }
    const unitId = existing?.id ?? this.options.newId();
    const precinctsTotal = Math.max(1, unit.precinctsTotal ?? existing?.precinctsTotal ?? 1, unit.precinctsReporting ?? 0);
    if (!existing) {
      const slug = uniqueSlug(slugify(unit.name), new Set(existingRace?.units.map((u) => u.slug) ?? []), `unit-${position + 1}`);
      this.plan.newUnits.push({ id: unitId, raceId, slug, name: unit.name, kind: unit.kind === "town" || unit.kind === "state" ? "district" : unit.kind, position, precinctsTotal, sourceKey: unit.sourceKey });
    }

    const votes: Record<string, number> = {};
    for (const [candidateKey, count] of Object.entries(unit.votes)) {
      const candidacyId = candidacyOf.get(candidateKey);
      if (candidacyId) votes[candidacyId] = count;
    }
    const current = existing?.votes ?? {};
    const changes = Object.entries(votes)
      .map(([candidacyId, after]) => ({ candidacyId, before: current[candidacyId] ?? 0, after }))
      .filter((c) => c.before !== c.after);
    const methods = methodRows(unit, candidacyOf);
    const write: UnitWrite = {
      unitId,
      raceId,
      sourceKey: unit.sourceKey,
      expectedVersion: existing?.version ?? null,
      precinctsTotal,
      precinctsReporting: Math.min(unit.precinctsReporting ?? existing?.precinctsReporting ?? 0, precinctsTotal),
      ballotsCast: unit.ballotsCast ?? existing?.ballotsCast ?? null,
      registeredVoters: unit.registeredVoters ?? existing?.registeredVoters ?? null,
      expectedVotePct: unit.expectedVotePct ?? existing?.expectedVotePct ?? null,
      fips: unit.fips ?? existing?.fips ?? null,
      correction: changes.some((c) => c.after < c.before),
      changes,
      methods: methods.length > 0 || Object.keys(existing?.methods ?? {}).length > 0 ? methods : null,
    };
    const changed =
      !existing ||
      existing.sourceKey !== unit.sourceKey ||
      changes.length > 0 ||
      write.precinctsTotal !== existing.precinctsTotal ||
      write.precinctsReporting !== existing.precinctsReporting ||
      write.ballotsCast !== existing.ballotsCast ||
      write.registeredVoters !== existing.registeredVoters ||
      write.expectedVotePct !== existing.expectedVotePct ||
      write.fips !== existing.fips ||
      (write.methods !== null && !sameMethods(write.methods, existing.methods));
    const held = existing?.countSource === "manual" && (changes.length > 0 || write.precinctsReporting !== existing.precinctsReporting);
    if (existing?.heldSnapshotId && !held) this.plan.clearedHolds.push(existing.id);
    if (!changed) return;

    if (held) {
      // The desk typed this count: it knows better until someone releases the hold.
      const byMethod: HeldCount["methods"] = {};
      for (const row of methods) (byMethod[row.candidacyId] ??= {})[row.method] = row.votes;
      this.plan.holds.push({ unitId, precinctsReporting: write.precinctsReporting, ballotsCast: write.ballotsCast, votes: { ...current, ...votes }, methods: byMethod });
      report.unitsHeld += 1;
      return;
    }
    this.plan.unitWrites.push(write);
    report.unitsChanged += 1;
    if (write.correction) {
      report.unitsCorrected += 1;
      const lower = changes.filter((c) => c.after < c.before).length;
      this.plan.warnings.push({ where, message: `has lower counts than before (${lower} candidate${lower === 1 ? "" : "s"}); applied and marked as a correction.` });
    }
  }

  private addSourceCall(call: FeedCall | null, existing: DeskRace | undefined, raceId: string, candidacyOf: ReadonlyMap<string, string>): void {
    const status = call?.status ?? "uncalled";
    const candidacyIds = (call?.winners ?? []).map((key) => candidacyOf.get(key)).filter((id): id is string => id !== undefined);
    const previous = existing?.sourceCall ?? null;
    if (!previous && status === "uncalled") return;
    if (previous && previous.status === status && [...previous.candidacyIds].sort().join() === [...candidacyIds].sort().join()) return;
    this.plan.sourceCalls.push({ raceId, status, candidacyIds, calledAt: call?.at ?? null });
  }
}

/** Plans a parsed, problem-free snapshot against the election as the desk has it. */
export function planFeedImport(feed: ParsedFeed, election: DeskElection, options: PlanOptions): FeedPlan {
  const planner = new Planner(election, options);
  const wanted = options.onlyRaces && options.onlyRaces.length > 0 ? new Set(options.onlyRaces) : null;
  for (const race of feed.races) {
    if (wanted && !wanted.has(race.sourceKey)) continue;
    planner.addRace(race);
  }
  const plan = planner.plan;
  plan.warnings.unshift(...feed.warnings);
  plan.markTest = feed.isTest && !election.isTest;
  if (plan.markTest) plan.warnings.push({ where: "snapshot", message: "is test data: the election is now marked as test data, with a banner on its pages, and nothing about it can be published." });
  if (!feed.isTest && election.isTest) plan.warnings.push({ where: "snapshot", message: "is live data in an election marked as test data: it stays marked (banner on, publishing closed) until an editor unmarks it." });
  return plan;
}
