// The line under each thing a search found, the same in the search box's suggestions and on the
// search page: which election a race is in, which race a candidate last ran in, when an election was.
// It runs in the browser too, so it imports no zod (the CSP forbids what zod's JIT does).
import { formatElectionDate } from "@/lib/domain/time-words";
import type { CandidateFound, ElectionFound, RaceFound, SearchResults } from "@/lib/server/queries/search";

export type FoundKind = keyof SearchResults;

export const KIND_WORDS: Record<FoundKind, { one: string; heading: string }> = {
  races: { one: "Race", heading: "Races" },
  candidates: { one: "Candidate", heading: "Candidates" },
  elections: { one: "Election", heading: "Elections" },
};

export const FOUND_KINDS: FoundKind[] = ["races", "candidates", "elections"];

export function foundDetail(kind: FoundKind, found: RaceFound | CandidateFound | ElectionFound): string {
  if (kind === "races") {
    const race = found as RaceFound;
    return `${race.election.name} · ${formatElectionDate(race.election.date)}`;
  }
  if (kind === "candidates") {
    const candidate = found as CandidateFound;
    return [candidate.party, `${candidate.latestRace.name} (${candidate.latestRace.electionName})`].filter(Boolean).join(" · ");
  }
  const election = found as ElectionFound;
  return `${election.jurisdiction} · ${formatElectionDate(election.date)}`;
}

/** The search page's address for a query. */
export const searchPageUrl = (query: string) => `/search?q=${encodeURIComponent(query)}`;
