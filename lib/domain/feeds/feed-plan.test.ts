import fc from "fast-check";
import { expect, test } from "vitest";
import { planFeedImport, type DeskElection, type DeskRace, type DeskUnit } from "./feed-plan";
import type { FeedRace, FeedUnit, ParsedFeed } from "./feed-snapshot";

const feedUnit = (name: string, votes: Record<string, number>, extra: Partial<FeedUnit> = {}): FeedUnit => ({
  sourceKey: `subunit:${name}`,
  name,
  kind: "county",
  fips: null,
  precinctsTotal: 10,
  precinctsReporting: 10,
  expectedVotePct: null,
  ballotsCast: null,
  registeredVoters: null,
  votes,
  methods: {},
  ...extra,
});

const feedRace = (units: FeedUnit[], extra: Partial<FeedRace> = {}): FeedRace => ({
  sourceKey: "KY-18525",
  office: "Governor",
  seat: "Kentucky",
  seats: 1,
  expectedVotePct: null,
  isTest: false,
  candidates: [
    { sourceKey: "1", personKey: "p1", name: "Matt Bevin", party: "GOP", incumbent: false, ballotOrder: 1 },
    { sourceKey: "2", personKey: "p2", name: "Jack Conway", party: "Dem", incumbent: false, ballotOrder: 2 },
  ],
  units,
  call: null,
  ...extra,
});

const feed = (races: FeedRace[], extra: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: "ap-json",
  isTest: false,
  sourceTimestamp: null,
  sourceVersion: null,
  nextRequest: null,
  isTruncated: false,
  races,
  problems: [],
  warnings: [],
  ...extra,
});

const deskUnit = (name: string, votes: Record<string, number>, extra: Partial<DeskUnit> = {}): DeskUnit => ({
  id: `unit-${name}`,
  slug: name.toLowerCase(),
  name,
  sourceKey: `subunit:${name}`,
  version: 3,
  precinctsTotal: 10,
  precinctsReporting: 10,
  ballotsCast: null,
  registeredVoters: null,
  expectedVotePct: null,
  fips: null,
  countSource: "feed",
  votes,
  methods: {},
  heldSnapshotId: null,
  ...extra,
});

const deskRace = (units: DeskUnit[], extra: Partial<DeskRace> = {}): DeskRace => ({
  id: "race-gov",
  slug: "ky-governor",
  office: "Governor",
  seat: "Kentucky",
  sourceKey: "KY-18525",
  expectedVotePct: null,
  candidacies: [
    { id: "cy-bevin", candidateId: "c-bevin", name: "Matt Bevin", sourceKey: "1" },
    { id: "cy-conway", candidateId: "c-conway", name: "Jack Conway", sourceKey: "2" },
  ],
  units,
  sourceCall: null,
  ...extra,
});

const election = (races: DeskRace[], extra: Partial<DeskElection> = {}): DeskElection => ({
  slug: "ky-2015",
  isTest: false,
  races,
  lastSortOrder: races.length,
  candidatesByPersonKey: new Map(),
  takenRaceSlugs: new Set(races.map((r) => r.slug)),
  takenCandidateSlugs: new Set(),
  ...extra,
});

let ids = 0;
const newId = () => `new-${++ids}`;

test("an empty election with create: the race, its candidates and units are created and every unit is written", () => {
  const plan = planFeedImport(feed([feedRace([feedUnit("Adair", { "1": 10, "2": 5 }), feedUnit("Allen", { "1": 7, "2": 9 })])]), election([]), { create: true, newId });
  expect(plan.problems).toEqual([]);
  expect(plan.newRaces).toEqual([expect.objectContaining({ slug: "ky-2015-governor-kentucky", office: "Governor", seat: "Kentucky", sourceKey: "KY-18525" })]);
  expect(plan.newCandidates.map((c) => [c.slug, c.sourceKey])).toEqual([["matt-bevin", "p1"], ["jack-conway", "p2"]]);
  expect(plan.newUnits.map((u) => u.slug)).toEqual(["adair", "allen"]);
  expect(plan.unitWrites).toHaveLength(2);
  expect(plan.races).toEqual([{ slug: "ky-2015-governor-kentucky", name: "Governor, Kentucky", created: true, unitsChanged: 2, unitsCorrected: 0, unitsHeld: 0 }]);
  expect(plan.changedRaceIds).toEqual([plan.newRaces[0]!.id]);
});

test("without create, a race the desk lacks is skipped with a warning, and a candidate it lacks refuses the snapshot", () => {
  const skipped = planFeedImport(feed([feedRace([])]), election([]), { create: false, newId });
  expect(skipped.races).toEqual([]);
  expect(skipped.warnings[0]!.message).toMatch(/not on the desk/);

  const newcomer = feedRace([feedUnit("Adair", { "1": 10, "3": 1 })]);
  newcomer.candidates.push({ sourceKey: "3", personKey: null, name: "Nora Newcomer", party: null, incumbent: false, ballotOrder: 3 });
  const refused = planFeedImport(feed([newcomer]), election([deskRace([deskUnit("Adair", { "cy-bevin": 10, "cy-conway": 0 })])]), { create: false, newId });
  expect(refused.problems).toEqual([{ where: 'race "Governor, Kentucky", candidate "Nora Newcomer"', message: expect.stringMatching(/not a candidate/) }]);
});

test("a race on the desk without a feed key is found by its name and learns the key", () => {
  const desk = deskRace([deskUnit("Adair", { "cy-bevin": 1, "cy-conway": 1 }, { sourceKey: null })], { sourceKey: null });
  desk.candidacies = desk.candidacies.map((c) => ({ ...c, sourceKey: null }));
  const plan = planFeedImport(feed([feedRace([feedUnit("ADAIR", { "1": 10, "2": 5 })])]), election([desk]), { create: false, newId });
  expect(plan.problems).toEqual([]);
  expect(plan.raceUpdates).toEqual([{ raceId: "race-gov", sourceKey: "KY-18525", expectedVotePct: null }]);
  expect(plan.unitWrites[0]).toMatchObject({ unitId: "unit-Adair", expectedVersion: 3, changes: [{ candidacyId: "cy-bevin", before: 1, after: 10 }, { candidacyId: "cy-conway", before: 1, after: 5 }] });
});

test("an unchanged unit is not written, a lower count is a correction, a hand-entered unit is held", () => {
  const desk = deskRace([
    deskUnit("Adair", { "cy-bevin": 10, "cy-conway": 5 }),
    deskUnit("Allen", { "cy-bevin": 10, "cy-conway": 5 }),
    deskUnit("Boone", { "cy-bevin": 10, "cy-conway": 5 }, { countSource: "manual" }),
  ]);
  const plan = planFeedImport(
    feed([feedRace([feedUnit("Adair", { "1": 10, "2": 5 }), feedUnit("Allen", { "1": 8, "2": 6 }), feedUnit("Boone", { "1": 12, "2": 5 })])]),
    election([desk]),
    { create: false, newId },
  );
  expect(plan.unitWrites.map((u) => [u.unitId, u.correction])).toEqual([["unit-Allen", true]]);
  expect(plan.holds).toEqual([{ unitId: "unit-Boone", precinctsReporting: 10, ballotsCast: null, votes: { "cy-bevin": 12, "cy-conway": 5 }, methods: {} }]);
  expect(plan.races[0]).toMatchObject({ unitsChanged: 1, unitsCorrected: 1, unitsHeld: 1 });
  expect(plan.changedRaceIds).toEqual(["race-gov"]);
});

test("a feed call is recorded once, and again only when it changes", () => {
  const called = feedRace([feedUnit("Adair", { "1": 10, "2": 5 })], { call: { status: "called", winners: ["1"], at: "2015-11-04T01:45:00Z" } });
  const fresh = planFeedImport(feed([called]), election([deskRace([deskUnit("Adair", { "cy-bevin": 10, "cy-conway": 5 })])]), { create: false, newId });
  expect(fresh.sourceCalls).toEqual([{ raceId: "race-gov", status: "called", candidacyIds: ["cy-bevin"], calledAt: "2015-11-04T01:45:00Z" }]);
  // Nothing else changed: the race's version does not move for advice.
  expect(fresh.changedRaceIds).toEqual([]);

  const known = deskRace([deskUnit("Adair", { "cy-bevin": 10, "cy-conway": 5 })], { sourceCall: { status: "called", candidacyIds: ["cy-bevin"] } });
  expect(planFeedImport(feed([called]), election([known]), { create: false, newId }).sourceCalls).toEqual([]);
  const withdrawn = planFeedImport(feed([feedRace([feedUnit("Adair", { "1": 10, "2": 5 })])]), election([known]), { create: false, newId });
  expect(withdrawn.sourceCalls).toEqual([{ raceId: "race-gov", status: "uncalled", candidacyIds: [], calledAt: null }]);
});

test("test data marks a live election, once", () => {
  const race = feedRace([]);
  expect(planFeedImport(feed([race], { isTest: true }), election([]), { create: true, newId }).markTest).toBe(true);
  expect(planFeedImport(feed([race], { isTest: true }), election([], { isTest: true }), { create: true, newId }).markTest).toBe(false);
});

test("property: planning a snapshot against the state it produces changes nothing", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(100_000), fc.nat(100_000)), { minLength: 1, maxLength: 12 }), (counts) => {
      const units = counts.map(([a, b], i) => feedUnit(`Unit ${i}`, { "1": a, "2": b }));
      const desk = deskRace(counts.map(([a, b], i) => deskUnit(`Unit ${i}`, { "cy-bevin": a, "cy-conway": b })));
      const plan = planFeedImport(feed([feedRace(units)]), election([desk]), { create: false, newId });
      expect(plan.unitWrites).toEqual([]);
      expect(plan.changedRaceIds).toEqual([]);
    }),
  );
});

test("a held count goes away once the feed agrees with the desk", () => {
  const desk = deskRace([deskUnit("Boone", { "cy-bevin": 12, "cy-conway": 5 }, { countSource: "manual", heldSnapshotId: "snapshot-1" })]);
  const agreeing = planFeedImport(feed([feedRace([feedUnit("Boone", { "1": 12, "2": 5 })])]), election([desk]), { create: false, newId });
  expect(agreeing.holds).toEqual([]);
  expect(agreeing.clearedHolds).toEqual(["unit-Boone"]);
  const disagreeing = planFeedImport(feed([feedRace([feedUnit("Boone", { "1": 13, "2": 5 })])]), election([desk]), { create: false, newId });
  expect(disagreeing.clearedHolds).toEqual([]);
  expect(disagreeing.holds).toHaveLength(1);
});
