// Test support: random races for property tests. Vote counts and ballot orders are kept small on
// purpose so that ties (the cases most likely to expose an order-dependent rule) come up often.

import fc from "fast-check";
import type { CandidateEntry, RaceCount, RaceRule, UnitCount } from "./race-types";

const ruleArbitrary: fc.Arbitrary<RaceRule> = fc.oneof(
  fc.constant<RaceRule>({ kind: "plurality" }),
  fc.constantFrom(40, 50, 60).map<RaceRule>((thresholdPct) => ({ kind: "majority", thresholdPct })),
);

function candidateArbitrary(id: string): fc.Arbitrary<CandidateEntry> {
  return fc.record({
    id: fc.constant(id),
    name: fc.constantFrom("Ada Lovelace", "Grace Hopper", "Ida Wells"),
    ballotOrder: fc.integer({ min: 1, max: 4 }),
  });
}

// A vote record may leave candidates out (they have 0 there) and may carry a stray id that is not
// in the race, as a half-imported row could.
function unitArbitrary(ids: readonly string[], maxVotes: number): fc.Arbitrary<Omit<UnitCount, "id">> {
  const votes = fc
    .tuple(
      fc.array(fc.option(fc.nat(maxVotes), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
      fc.option(fc.nat(maxVotes), { nil: undefined }),
    )
    .map(([counts, stray]) => {
      const record: Record<string, number> = {};
      counts.forEach((count, index) => {
        const id = ids[index];
        if (count !== undefined && id !== undefined) record[id] = count;
      });
      if (stray !== undefined) record["not-in-race"] = stray;
      return record;
    });
  return fc
    .integer({ min: 0, max: 20 })
    .chain((precinctsTotal) =>
      fc.record({
        precinctsTotal: fc.constant(precinctsTotal),
        precinctsReporting: fc.integer({ min: 0, max: precinctsTotal }),
        votes,
      }),
    );
}

export function raceCountArbitrary(options: { maxVotes?: number } = {}): fc.Arbitrary<RaceCount> {
  const maxVotes = options.maxVotes ?? 30;
  return fc.integer({ min: 1, max: 6 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    return fc.record({
      seats: fc.integer({ min: 1, max: 3 }),
      rule: ruleArbitrary,
      recountMarginPct: fc.option(fc.constantFrom(0.5, 1), { nil: null }),
      candidates: fc.tuple(...ids.map(candidateArbitrary)),
      units: fc
        .array(unitArbitrary(ids, maxVotes), { maxLength: 4 })
        .map((units) => units.map((unit, i) => ({ id: `u${i}`, ...unit }))),
    });
  });
}

// The same race with its units and candidates listed in another order.
export function reorderedRace(race: RaceCount): fc.Arbitrary<RaceCount> {
  const all = { minLength: race.units.length, maxLength: race.units.length };
  const allCandidates = { minLength: race.candidates.length, maxLength: race.candidates.length };
  return fc.record({
    seats: fc.constant(race.seats),
    rule: fc.constant(race.rule),
    recountMarginPct: fc.constant(race.recountMarginPct),
    candidates: fc.shuffledSubarray([...race.candidates], allCandidates),
    units: fc.shuffledSubarray([...race.units], all),
  });
}
