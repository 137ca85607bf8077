// The line under each thing a search found, the same in the search box's suggestions and on the
// search page: which election a race is in, which race a candidate last ran in, when an election was.
// It runs in the browser too, so it imports no zod (the CSP forbids what zod's JIT does), nor the
// date words: the suggestions give an election's year, the search page its whole date.
import type { CandidateFound, ElectionFound, RaceFound, SearchResults } from "@/lib/server/queries/search";

export type FoundKind = keyof SearchResults;

/** The masthead's search field, as a screen reader names it and as it reads while empty. */
export const SEARCH_LABEL = "Search races, candidates and elections";
export const SEARCH_PLACEHOLDER = "Search races, candidates…";

export const KIND_WORDS: Record<FoundKind, { one: string; heading: string }> = {
  races: { one: "Race", heading: "Races" },
  candidates: { one: "Candidate", heading: "Candidates" },
  elections: { one: "Election", heading: "Elections" },
};

export const FOUND_KINDS: FoundKind[] = ["races", "candidates", "elections"];

type DateWords = (day: string) => string;
const year: DateWords = (day) => day.slice(0, 4);

export function foundDetail(kind: FoundKind, found: RaceFound | CandidateFound | ElectionFound, dateWords: DateWords = year): string {
  if (kind === "races") {
    const race = found as RaceFound;
    return `${race.election.name} · ${dateWords(race.election.date)}`;
  }
  if (kind === "candidates") {
    const candidate = found as CandidateFound;
    return [candidate.party, `${candidate.latestRace.name} (${candidate.latestRace.electionName})`].filter(Boolean).join(" · ");
  }
  const election = found as ElectionFound;
  return `${election.jurisdiction} · ${dateWords(election.date)}`;
}

/** The search page's address for a query. */
export const searchPageUrl = (query: string) => `/search?q=${encodeURIComponent(query)}`;
