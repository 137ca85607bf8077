import "server-only";
// The reader's search (GET /api/v1/search, the /search page): every election, race and candidate a
// reader can open, by name. Everything here is on a reader page already; stories are not searched,
// so no draft can be found, and nothing of the desk's (units' sources, feeds, people) is read.
//
// The names are read once into an index (lib/domain/search.ts folds their words) and matched in
// memory: SQLite's LIKE knows neither accents nor word starts, and a statewide night's few thousand
// names match in a millisecond or two. The index is cached with the reader data; set-up changes
// (a rename, a new race on the desk) invalidate it with everything else, and a race a feed creates
// is found once the cache's minute is up.
import { findMatches, queryWords, searchEntry, type SearchEntry } from "@/lib/domain/search";
import { db } from "@/lib/server/db";

export interface ElectionFound {
  slug: string;
  name: string;
  date: string;
  jurisdiction: string;
  testData: boolean;
  url: string;
}

export interface RaceFound {
  slug: string;
  /** "Atlanta City Council, District 5". */
  name: string;
  office: string;
  seat: string;
  election: { slug: string; name: string; date: string };
  testData: boolean;
  url: string;
}

export interface CandidateFound {
  slug: string;
  name: string;
  party: string | null;
  /** The newest race the candidate ran in. */
  latestRace: { slug: string; name: string; electionName: string };
  /** Every race the candidate ran in is in an election of test data. */
  testData: boolean;
  url: string;
}

export interface SearchResults {
  races: RaceFound[];
  candidates: CandidateFound[];
  elections: ElectionFound[];
}

export interface SearchIndex {
  races: SearchEntry<RaceFound>[];
  candidates: SearchEntry<CandidateFound>[];
  elections: SearchEntry<ElectionFound>[];
}

const year = (date: string) => date.slice(0, 4);

/** Every election, race and candidate, newest elections first, with the words that find each. */
export async function loadSearchIndex(): Promise<SearchIndex> {
  const elections = await db.election.findMany({
    orderBy: [{ date: "desc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      date: true,
      jurisdiction: true,
      isTest: true,
      races: {
        orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
        select: { slug: true, office: true, seat: true, candidacies: { select: { candidate: { select: { slug: true, name: true, party: true } } } } },
      },
    },
  });
  const index: SearchIndex = { races: [], candidates: [], elections: [] };
  const candidates = new Map<string, CandidateFound>();
  for (const election of elections) {
    const date = election.date.toISOString().slice(0, 10);
    const found = { slug: election.slug, name: election.name, date, jurisdiction: election.jurisdiction, testData: election.isTest, url: `/elections/${election.slug}` };
    index.elections.push(searchEntry(found, election.name, [election.jurisdiction, year(date)]));
    for (const race of election.races) {
      const name = `${race.office}, ${race.seat}`;
      const raceFound = {
        slug: race.slug,
        name,
        office: race.office,
        seat: race.seat,
        election: { slug: election.slug, name: election.name, date },
        testData: election.isTest,
        url: `/races/${race.slug}`,
      };
      index.races.push(searchEntry(raceFound, name, [election.name, year(date)]));
      for (const { candidate } of race.candidacies) {
        const seen = candidates.get(candidate.slug);
        // Elections come newest first, so the first race met is the candidate's latest.
        if (seen) seen.testData &&= election.isTest;
        else
          candidates.set(candidate.slug, {
            ...candidate,
            latestRace: { slug: race.slug, name, electionName: election.name },
            testData: election.isTest,
            url: `/candidates/${candidate.slug}`,
          });
      }
    }
  }
  index.candidates = [...candidates.values()].map((candidate) => searchEntry(candidate, candidate.name, candidate.party ? [candidate.party] : []));
  return index;
}

/** What the query finds, best first, at most `limit` of each kind. */
export function searchIndex(index: SearchIndex, query: string, limit: number): SearchResults {
  const words = queryWords(query);
  return {
    races: findMatches(index.races, words, limit),
    candidates: findMatches(index.candidates, words, limit),
    elections: findMatches(index.elections, words, limit),
  };
}
