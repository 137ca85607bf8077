// A race of its own, in an election of its own in fictional Riverton, counted to the last precinct:
// for specs whose calls must not move any other spec's race, nor be moved by them.
import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "./api-keys";

export interface RivertonRace {
  slug: string;
  /** As the desk lists it: "Riverton Clerk, Seat 1765…". */
  name: string;
  electionSlug: string;
  /** Candidate slugs by name. */
  candidates: Record<string, string>;
}

interface RaceOptions {
  election: string;
  office: string;
  /** Each candidate's final count, by name, in ballot order. */
  votes: Record<string, number>;
  recountMarginPct?: number;
}

export async function countedRivertonRace(request: APIRequestContext, { election, office, votes, recountMarginPct }: RaceOptions): Promise<RivertonRace> {
  const editor = { headers: bearer("editor") };
  const stamp = Date.now();
  const created = await request.post("/api/v1/elections", { ...editor, data: { name: `${election} ${stamp}`, date: "2026-12-15", jurisdiction: "Riverton (fictional)" } });
  expect(created.status()).toBe(201);
  const { slug: electionSlug } = (await created.json()) as { slug: string };
  const raced = await request.post(`/api/v1/elections/${electionSlug}/races`, {
    ...editor,
    data: {
      office,
      seat: `Seat ${stamp}`,
      rule: { kind: "plurality" },
      ...(recountMarginPct !== undefined && { recountMarginPct }),
      candidates: Object.keys(votes).map((name) => ({ name })),
      units: [{ name: "Ward 1", precinctsTotal: 4 }],
    },
  });
  expect(raced.status()).toBe(201);
  const race = (await raced.json()) as { slug: string; units: { slug: string; version: number }[]; candidates: { slug: string; name: string }[] };
  const candidates = Object.fromEntries(race.candidates.map((c) => [c.name, c.slug]));
  const unit = race.units[0]!;
  const count = await request.put(`/api/v1/races/${race.slug}/units/${unit.slug}`, {
    headers: bearer("staff"),
    data: { version: unit.version, precinctsReporting: 4, votes: Object.fromEntries(Object.entries(votes).map(([name, n]) => [candidates[name], n])) },
  });
  expect(count.status()).toBe(200);
  return { slug: race.slug, name: `${office}, Seat ${stamp}`, electionSlug, candidates };
}
