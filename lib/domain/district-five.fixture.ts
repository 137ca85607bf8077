// Test fixture: Atlanta City Council District 5, 2017, as reconstructed in DESIGN.md section 6. The
// totals match the reported result (5,010 to 4,758); the county split is illustrative.

import type { CandidateEntry, RaceCount, UnitCount } from "./race-types";

export const archibong: CandidateEntry = { id: "archibong", name: "Natalyn Archibong", ballotOrder: 1 };
export const bakhtiari: CandidateEntry = { id: "bakhtiari", name: "Liliana Bakhtiari", ballotOrder: 2 };

export const fulton: UnitCount = {
  id: "fulton",
  precinctsTotal: 14,
  precinctsReporting: 14,
  votes: { archibong: 3_402, bakhtiari: 3_087 },
};

export const dekalb: UnitCount = {
  id: "dekalb",
  precinctsTotal: 6,
  precinctsReporting: 6,
  votes: { archibong: 1_608, bakhtiari: 1_671 },
};

export const districtFive: RaceCount = {
  seats: 1,
  rule: { kind: "majority", thresholdPct: 50 },
  recountMarginPct: 0.5,
  candidates: [archibong, bakhtiari],
  units: [fulton, dekalb],
};

// A race from plain vote counts, for cases where only the numbers matter: one unit, fully reported,
// candidates named by id in ballot order.
export function raceWithVotes(
  votes: Record<string, number>,
  overrides: Partial<Omit<RaceCount, "candidates" | "units">> = {},
): RaceCount {
  const candidates = Object.keys(votes).map((id, index) => ({ id, name: id, ballotOrder: index + 1 }));
  return {
    seats: 1,
    rule: { kind: "plurality" },
    recountMarginPct: null,
    ...overrides,
    candidates,
    units: [{ id: "county", precinctsTotal: 10, precinctsReporting: 10, votes }],
  };
}
