// Test support: a RaceResult from a compact sketch (who got how many votes in which unit, how many
// precincts are in), built through buildRaceResult so tests see the same numbers the pages do.

import { NOT_CALLED, type CurrentCall } from "./race-call";
import { buildRaceResult, type RaceResult } from "./race-result";
import type { RaceRule } from "./race-types";

export interface RaceSketch {
  /** As it reads in a sentence, e.g. "District 5"; used as the seat. */
  seat?: string;
  office?: string;
  rule?: RaceRule;
  seats?: number;
  /** Recount band in points; null for none. */
  recountBand?: number | null;
  /** In ballot order; `votes` has one count per unit. The slug is the surname unless given. */
  candidates: { name: string; votes: number[]; slug?: string }[];
  /** One entry per unit: [precincts reporting, precincts total]. Defaults to one fully reported unit of 10. */
  precincts?: [reporting: number, total: number][];
  call?: Partial<CurrentCall>;
}

export function slugOf(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

export function buildRace(sketch: RaceSketch): RaceResult {
  const unitCount = Math.max(1, ...sketch.candidates.map((c) => c.votes.length));
  const precincts = sketch.precincts ?? Array.from({ length: unitCount }, (): [number, number] => [10, 10]);
  const candidates = sketch.candidates.map((c, ballotOrder) => ({ ...c, slug: c.slug ?? slugOf(c.name), ballotOrder }));
  return buildRaceResult({
    slug: "race",
    office: sketch.office ?? "City Council",
    seat: sketch.seat ?? "District 5",
    election: { slug: "test", name: "Test election", date: "2017-11-07", isDemo: true },
    testData: false,
    rule: sketch.rule ?? { kind: "plurality" },
    seats: sketch.seats ?? 1,
    recountMarginPct: sketch.recountBand ?? null,
    expectedVotePct: null,
    candidates: candidates.map(({ slug, name, ballotOrder }) => ({ slug, name, party: null, photoUrl: null, incumbent: false, ballotOrder })),
    units: precincts.map(([reporting, total], i) => ({
      slug: `unit-${i + 1}`,
      name: `Unit ${i + 1}`,
      precinctsTotal: total,
      precinctsReporting: reporting,
      ballotsCast: null,
      version: 1,
      votes: Object.fromEntries(candidates.map((c) => [c.slug, c.votes[i] ?? 0])),
      fips: null,
      expectedVotePct: null,
      votesByMethod: {},
    })),
    call: { ...NOT_CALLED, ...sketch.call },
    updatedAt: "2017-11-08T05:18:00.000Z",
    version: 1,
  });
}

// Atlanta City Council District 5, 2017: 5,010 to 4,758 under a 50% majority rule and Georgia's
// 0.5-point recount band, in two units (Fulton 25 precincts, DeKalb 6). The county split is illustrative.
export const MAJORITY_50: RaceRule = { kind: "majority", thresholdPct: 50 };

export function districtFive(overrides: Partial<RaceSketch> = {}): RaceResult {
  return buildRace({
    seat: "District 5",
    office: "Atlanta City Council",
    rule: MAJORITY_50,
    recountBand: 0.5,
    candidates: [
      { name: "Natalyn Archibong", votes: [3_402, 1_608] },
      { name: "Liliana Bakhtiari", votes: [3_087, 1_671] },
    ],
    precincts: [
      [25, 25],
      [6, 6],
    ],
    ...overrides,
  });
}
