import "server-only";
// The desk's search: any race or reporting unit by name, for the dashboard, each with the way to its
// race desk (a unit's link lands on its form). The same word matching as the readers' search
// (lib/domain/search.ts), over the database as it is rather than the readers' cached index: a race
// a feed created a moment ago must be found on the desk at once. Checks its caller itself, as every
// desk read does: the page asking is not what keeps it to the newsroom.
import { findMatches, queryWords, searchEntry } from "@/lib/domain/search";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface DeskRaceFound {
  slug: string;
  name: string;
  electionName: string;
  testData: boolean;
  url: string;
}

export interface DeskUnitFound {
  slug: string;
  name: string;
  race: { slug: string; name: string };
  electionName: string;
  testData: boolean;
  url: string;
}

export interface DeskSearchResults {
  races: DeskRaceFound[];
  units: DeskUnitFound[];
}

export async function searchDesk(actor: Actor | null, query: string, limit: number): Promise<DeskSearchResults> {
  authorize(actor, "desk:read");
  const words = queryWords(query);
  if (words.length === 0) return { races: [], units: [] };
  const races = await db.race.findMany({
    orderBy: [{ election: { date: "desc" } }, { sortOrder: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      office: true,
      seat: true,
      election: { select: { name: true, isTest: true } },
      units: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } },
    },
  });
  const raceEntries = [];
  const unitEntries = [];
  for (const race of races) {
    const name = `${race.office}, ${race.seat}`;
    const common = { electionName: race.election.name, testData: race.election.isTest };
    const url = `/newsroom/races/${race.slug}`;
    raceEntries.push(searchEntry({ slug: race.slug, name, ...common, url }, name, [race.election.name]));
    for (const unit of race.units) {
      // The anchor is the unit's form heading on the race desk (unit-tally-form.tsx).
      const found = { slug: unit.slug, name: unit.name, race: { slug: race.slug, name }, ...common, url: `${url}#${unit.slug}-title` };
      unitEntries.push(searchEntry(found, unit.name, [name, race.election.name]));
    }
  }
  return { races: findMatches(raceEntries, words, limit), units: findMatches(unitEntries, words, limit) };
}
