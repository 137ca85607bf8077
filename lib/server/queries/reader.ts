import "server-only";
// What reader pages and the public JSON API read: the queries of this folder, served from the read
// cache and tagged with what each shows (lib/server/cache/tags.ts). The desk and the commands read
// the queries directly, so they always see the database as it is.
import type { PublicRace } from "@/lib/domain/last-count-change";
import { cachedRead } from "@/lib/server/cache/read-cache";
import { candidateTag, electionTag, EVERYTHING, HOME, JSON_KEYS, raceTag, SEARCH, storyTag } from "@/lib/server/cache/contract.cjs";
import { jsonEntry, type JsonEntry } from "@/lib/server/http";
import { getCandidateProfile } from "@/lib/server/queries/candidates";
import { getElection, hasDemoData, listElections, listElectionsWithKeyRaces } from "@/lib/server/queries/elections";
import { colourRaceMap } from "@/lib/server/maps/race-map";
import { getRaceMapDrawing } from "@/lib/server/queries/race-map";
import { getRaceHistory, getRaceWithLastChange } from "@/lib/server/queries/races";
import { loadSearchIndex, searchIndex, type SearchResults } from "@/lib/server/queries/search";
import { getPublicStory, listCoverage } from "@/lib/server/queries/stories";
import { toRaceSummary } from "@/lib/domain/race-summary";

const raceTags = (slug: string) => [EVERYTHING, raceTag(slug)];
const electionTags = (slug: string) => [EVERYTHING, electionTag(slug)];

/** The race as readers get it: its result and its latest batch of votes, for the summary at the top of its page. */
export const readRace = (slug: string): Promise<PublicRace | null> =>
  cachedRead({
    key: `race:${slug}`,
    tags: raceTags(slug),
    load: () => getRaceWithLastChange(slug),
  });

export const readRaceHistory = (slug: string) =>
  cachedRead({ key: `race-history:${slug}`, tags: raceTags(slug), load: () => getRaceHistory(slug) });

/**
 * The race map, drawn on the server from the count the page renders. The drawing (the projected
 * shapes, and the election's layer parsed to make them) changes only with the units and the layer,
 * so it is kept apart from the counts, under a key naming each unit and its FIPS code: a count
 * recolours it without drawing it again; a new unit makes a new key; set-up and a new layer
 * invalidate everything. The map does not move with the live updates: it follows the next render
 * of the cached page, which a write to the race invalidates.
 */
export const readRaceMap = (slug: string) =>
  cachedRead({
    key: `race-map:${slug}`,
    tags: raceTags(slug),
    load: async () => {
      const race = await readRace(slug);
      if (!race) return null;
      const units = race.units.map((u) => `${u.slug}=${u.fips ?? ""}`).join(",");
      const drawing = await cachedRead({ key: `race-map-drawing:${slug}:${units}`, tags: [EVERYTHING], load: () => getRaceMapDrawing(race) });
      return drawing && colourRaceMap(race, drawing);
    },
  });

export const readCoverage = (slug: string) => cachedRead({ key: `coverage:${slug}`, tags: raceTags(slug), load: () => listCoverage(slug) });

/** The race's JSON body and its ETag, so a poller that is up to date gets a 304 without a query. */
export const readRaceJson = (slug: string): Promise<JsonEntry | null> =>
  cachedRead({ key: JSON_KEYS.race(slug), tags: raceTags(slug), load: async () => jsonOrNull(await readRace(slug)) });

export const readRaceHistoryJson = (slug: string): Promise<JsonEntry | null> =>
  cachedRead({ key: JSON_KEYS.raceHistory(slug), tags: raceTags(slug), load: async () => jsonOrNull(await readRaceHistory(slug)) });

export const readElection = (slug: string) => cachedRead({ key: `election:${slug}`, tags: electionTags(slug), load: () => getElection(slug) });

export const readElectionJson = (slug: string): Promise<JsonEntry | null> =>
  cachedRead({
    key: JSON_KEYS.election(slug),
    tags: electionTags(slug),
    load: async () => {
      const election = await readElection(slug);
      return election ? jsonEntry({ ...election, races: election.races.map(toRaceSummary) }) : null;
    },
  });

export const readElectionList = () => cachedRead({ key: "elections", tags: [EVERYTHING], load: listElections });

export const readElectionListJson = () =>
  cachedRead({ key: "elections-json", tags: [EVERYTHING], load: async () => jsonEntry({ elections: await readElectionList() }) });

export const readHomeElections = () => cachedRead({ key: "home", tags: [EVERYTHING, HOME], load: () => listElectionsWithKeyRaces() });

export const readHasDemoData = () => cachedRead({ key: "has-demo-data", tags: [EVERYTHING], load: hasDemoData });

export const readCandidate = (slug: string) =>
  cachedRead({
    key: `candidate:${slug}`,
    tags: [EVERYTHING, candidateTag(slug)],
    load: () => getCandidateProfile(slug),
    // The profile shows the candidate's result in each race, so a count in any of them makes it stale.
    tagsOf: (candidate) => candidate?.runs.map((run) => raceTag(run.race.slug)) ?? [],
  });

export const readStory = (slug: string) =>
  cachedRead({
    key: `story:${slug}`,
    tags: [EVERYTHING, storyTag(slug)],
    load: () => getPublicStory(slug),
    tagsOf: (story) => (story ? [raceTag(story.race.slug)] : []),
  });

// Set-up commands drop it with everything else; a feed that creates races drops it alone (SEARCH),
// so a new race is found at once rather than when the cached index ages out.
const readSearchIndex = () => cachedRead({ key: "search-index", tags: [EVERYTHING, SEARCH], load: loadSearchIndex });

/**
 * What a reader's search finds. The answers are not cached here, only the index they are found in:
 * every query typed would be a key, and they would push the races' entries out of the cache.
 */
export const searchReaderData = async (query: string, limit: number): Promise<SearchResults> => searchIndex(await readSearchIndex(), query, limit);

function jsonOrNull(body: object | null): JsonEntry | null {
  return body ? jsonEntry(body) : null;
}
