// The race store's SQL read against a straightforward Prisma read of the same races, on generated
// races (any rule, seats, candidates in any ballot order, units with and without counts, with and
// without a feed's expected vote, FIPS code and votes by method, a history of calls naming winners or
// advancing candidates, in a real or a test election): the two must agree field for field, on SQLite
// and (npm run test:postgresql) on PostgreSQL.
import fc from "fast-check";
import { afterAll, expect, test } from "vitest";
import { METHOD_KINDS } from "@/lib/domain/feeds/feed-snapshot";
import { CALL_STATUSES, isCallStatus, NOT_CALLED } from "@/lib/domain/race-call";
import type { RaceRows } from "@/lib/domain/race-result";
import { compareMethods, type MethodVotes } from "@/lib/domain/votes-by-method";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { readRaceBySlug, readRacesByIds } = await import("./read-races");
afterAll(() => database.remove());
const db = database.client;

const candidateArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }),
  party: fc.option(fc.constantFrom("Dem", "Rep", "Ind", "Grn"), { nil: null }),
  photoUrl: fc.option(fc.constant("https://example.org/p.jpg"), { nil: null }),
  incumbent: fc.boolean(),
  ballotOrder: fc.integer({ min: 0, max: 9 }),
});

// AP gives whole percents, but a feed may not; -0 is not a share anyone stores.
const sharePct = fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0)), { nil: null });

// A kind the desk does not know ("legacy") reads back as "other".
const methodArb = fc.record({
  candidate: fc.nat(3),
  method: fc.constantFrom("Election Day Votes", "Advanced Voting Votes", "Absentee by Mail Votes", "Provisional Votes", "Early", "Zeta", "Alpha"),
  kind: fc.constantFrom(...METHOD_KINDS, "legacy"),
  votes: fc.nat(50_000),
});

const raceArb = fc.record({
  testElection: fc.boolean(),
  ruleKind: fc.constantFrom("plurality", "majority"),
  thresholdPct: fc.option(fc.constantFrom(50, 60), { nil: null }),
  seats: fc.integer({ min: 1, max: 3 }),
  recountMarginPct: fc.option(fc.constantFrom(0.5, 1), { nil: null }),
  version: fc.nat(20),
  expectedVotePct: sharePct,
  candidates: fc.array(candidateArb, { minLength: 1, maxLength: 4 }),
  units: fc.array(
    fc.record({
      precinctsTotal: fc.integer({ min: 1, max: 40 }),
      reporting: fc.nat(40),
      ballotsCast: fc.option(fc.nat(100_000), { nil: null }),
      version: fc.nat(9),
      position: fc.nat(3),
      votes: fc.array(fc.option(fc.nat(50_000), { nil: null }), { maxLength: 4 }),
      fips: fc.option(fc.stringMatching(/^\d{5}$/), { nil: null }),
      expectedVotePct: sharePct,
      methods: fc.array(methodArb, { maxLength: 8 }),
    }),
    { maxLength: 3 },
  ),
  calls: fc.array(
    fc.record({ status: fc.constantFrom(...CALL_STATUSES), note: fc.option(fc.string({ maxLength: 20 }), { nil: null }), named: fc.array(fc.nat(3), { maxLength: 2 }) }),
    { maxLength: 3 },
  ),
});

type RaceSpec = typeof raceArb extends fc.Arbitrary<infer T> ? T : never;

let serial = 0;
const election = await db.election.create({ data: { slug: "parity", name: "Parity", date: new Date("2026-11-03"), jurisdiction: "Test" } });
const testElection = await db.election.create({
  data: { slug: "parity-test", name: "Parity test night", date: new Date("2026-10-27"), jurisdiction: "Test", isTest: true },
});

async function insertRace(spec: RaceSpec): Promise<string> {
  const n = ++serial;
  const race = await db.race.create({
    data: {
      slug: `race-${n}`, electionId: (spec.testElection ? testElection : election).id, office: `Office ${n}`, seat: "Seat", ruleKind: spec.ruleKind,
      thresholdPct: spec.thresholdPct, seats: spec.seats, recountMarginPct: spec.recountMarginPct, version: spec.version, expectedVotePct: spec.expectedVotePct,
    },
  });
  const candidacies: { id: string }[] = [];
  for (const [i, c] of spec.candidates.entries()) {
    const candidate = await db.candidate.create({ data: { slug: `c-${n}-${i}`, name: c.name, party: c.party, photoUrl: c.photoUrl } });
    candidacies.push(await db.candidacy.create({ data: { raceId: race.id, candidateId: candidate.id, ballotOrder: c.ballotOrder, incumbent: c.incumbent } }));
  }
  for (const [i, u] of spec.units.entries()) {
    const unit = await db.reportingUnit.create({
      data: { raceId: race.id, slug: `u-${i}`, name: `Unit ${i}`, position: u.position, precinctsTotal: u.precinctsTotal, precinctsReporting: Math.min(u.reporting, u.precinctsTotal), ballotsCast: u.ballotsCast, version: u.version,
        fips: u.fips, expectedVotePct: u.expectedVotePct },
    });
    for (const [j, votes] of u.votes.entries()) {
      if (votes !== null && candidacies[j]) await db.tally.create({ data: { unitId: unit.id, candidacyId: candidacies[j]!.id, votes } });
    }
    const methods = new Map(u.methods.flatMap((m) => (candidacies[m.candidate] ? [[`${m.candidate}:${m.method}`, m] as const] : [])));
    for (const m of methods.values()) {
      await db.methodTally.create({ data: { unitId: unit.id, candidacyId: candidacies[m.candidate]!.id, method: m.method, kind: m.kind, votes: m.votes } });
    }
  }
  for (const [seq, call] of spec.calls.entries()) {
    const named = [...new Set(call.named)].flatMap((k) => candidacies[k] ?? []);
    const role = call.status === "runoff" ? "advancing" : "winner";
    await db.raceCall.create({
      data: {
        raceId: race.id, seq: seq + 1, status: call.status, note: call.note, snapshot: "{}", actorLabel: "Test",
        createdAt: new Date(Date.UTC(2026, 10, 4, 1, seq)),
        candidates: { create: call.status === "called" || call.status === "runoff" ? named.map((c) => ({ candidacyId: c.id, role })) : [] },
      },
    });
  }
  return race.id;
}

const KNOWN_KINDS = new Set<string>(METHOD_KINDS);

function byCandidate(rows: { slug: string; method: string; kind: string; votes: number }[]): Record<string, MethodVotes[]> {
  const lists: Record<string, MethodVotes[]> = {};
  for (const { slug, ...m } of rows) (lists[slug] ??= []).push(m as MethodVotes);
  for (const list of Object.values(lists)) list.sort(compareMethods);
  return lists;
}

/** The reference: Prisma's own nested read, mapped to RaceRows as plainly as possible. */
async function prismaRead(id: string) {
  const r = await db.race.findUniqueOrThrow({
    where: { id },
    select: {
      id: true, slug: true, office: true, seat: true, ruleKind: true, thresholdPct: true, seats: true, recountMarginPct: true, expectedVotePct: true, updatedAt: true, version: true,
      election: { select: { slug: true, name: true, date: true, isDemo: true, isTest: true } },
      candidacies: { orderBy: [{ ballotOrder: "asc" }, { id: "asc" }], select: { id: true, ballotOrder: true, incumbent: true, withdrawnAt: true, candidate: { select: { slug: true, name: true, party: true, photoUrl: true } } } },
      units: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          slug: true, name: true, precinctsTotal: true, precinctsReporting: true, ballotsCast: true, version: true, fips: true, expectedVotePct: true,
          tallies: { select: { candidacyId: true, votes: true } },
          methodTallies: { select: { candidacyId: true, method: true, kind: true, votes: true } },
        },
      },
      calls: { orderBy: { seq: "desc" }, select: { seq: true, status: true, note: true, createdAt: true, candidates: { select: { role: true, candidacyId: true } } } },
    },
  });
  const slugOf = new Map(r.candidacies.map((c) => [c.id, c.candidate.slug]));
  const latest = r.calls[0];
  const named = (role: string) => (latest?.candidates ?? []).filter((c) => c.role === role).map((c) => slugOf.get(c.candidacyId)!).sort();
  const at = latest?.createdAt.toISOString() ?? null;
  const retracted = latest?.status === "uncalled";
  const call = latest && isCallStatus(latest.status)
    ? { status: latest.status, winners: named("winner"), advancing: named("advancing"), calledAt: retracted ? null : at, retractedAt: retracted ? at : null, note: latest.note }
    : NOT_CALLED;
  const rows: RaceRows = {
    slug: r.slug, office: r.office, seat: r.seat,
    election: { slug: r.election.slug, name: r.election.name, date: r.election.date.toISOString().slice(0, 10), isDemo: r.election.isDemo },
    testData: r.election.isTest,
    rule: r.ruleKind === "majority" ? { kind: "majority", thresholdPct: r.thresholdPct ?? 50 } : { kind: "plurality" },
    seats: r.seats, recountMarginPct: r.recountMarginPct, expectedVotePct: r.expectedVotePct,
    candidates: r.candidacies.map((c) => ({ ...c.candidate, incumbent: c.incumbent, ballotOrder: c.ballotOrder, withdrawn: c.withdrawnAt !== null })),
    units: r.units.map(({ tallies, methodTallies, ...u }) => ({
      ...u,
      votes: Object.fromEntries(tallies.map((t) => [slugOf.get(t.candidacyId)!, t.votes])),
      votesByMethod: byCandidate(methodTallies.map((m) => ({ slug: slugOf.get(m.candidacyId)!, method: m.method, kind: KNOWN_KINDS.has(m.kind) ? m.kind : "other", votes: m.votes }))),
    })),
    call,
    updatedAt: [r.updatedAt.toISOString(), at ?? ""].sort().at(-1)!,
    version: r.version,
  };
  return { id: r.id, version: r.version, callSeq: latest?.seq ?? 0, rows };
}

/** Call winners come back in no promised order; compare them as sets. */
const comparable = (race: { id: string; version: number; callSeq: number; rows: RaceRows }) => ({
  ...race,
  rows: { ...race.rows, call: { ...race.rows.call, winners: [...race.rows.call.winners].sort(), advancing: [...race.rows.call.advancing].sort() } },
});

test("the store reads every generated race exactly as Prisma's nested read does", async () => {
  await fc.assert(
    fc.asyncProperty(raceArb, async (spec) => {
      const id = await insertRace(spec);
      const stored = await readRaceBySlug(`race-${serial}`);
      const { candidacyIds, unitIds, ...rest } = stored!;
      expect(comparable(rest)).toEqual(comparable(await prismaRead(id)));
      expect(candidacyIds.size).toBe(spec.candidates.length);
      expect([...unitIds.keys()].sort()).toEqual(spec.units.map((_, i) => `u-${i}`).sort());
    }),
    { numRuns: 40 },
  );
});

test("reading many races at once gives each race as reading it alone, in the order asked", async () => {
  const ids = (await db.race.findMany({ select: { id: true }, orderBy: { slug: "desc" } })).map((r) => r.id);
  const many = await readRacesByIds([...ids, "no-such-race"]);
  expect(many.map((r) => r.id)).toEqual(ids);
  for (const race of many) expect(comparable(race)).toEqual(comparable((await readRaceBySlug(race.rows.slug))!));
  expect(await readRaceBySlug("no-such-race")).toBeNull();
  expect(await readRacesByIds([])).toEqual([]);
});
