import "server-only";
// The cache tags of reader data, and what each kind of change invalidates. Every cached read
// carries EVERYTHING plus the tags of what it shows; every command that changes what readers see
// calls one of the invalidate… functions below after its write has committed.
//
//   race:<slug>       one race's result, timeline and coverage: its page, embed and JSON
//   election:<slug>   an election's race list (page and JSON), which summarises every race in it
//   home              the front page's key races of every election
//   candidate:<slug>  a candidate's profile page (also tagged with the races the candidate ran in)
//   story:<slug>      a published or withdrawn story's page
//   search            the reader search's index of names: dropped when a race, candidate or
//                     election appears or is renamed (by a set-up command, or a feed creating races)
//   desk-race:<slug>  nothing readers see: a race's desk-only news (a close call proposed or
//                     withdrawn), carried to open desk pages by the desk's change stream
//
// Set-up changes (names, parties, photos, new races and units) are rare and touch many pages at
// once, so they invalidate everything rather than enumerate what a rename reaches.
//
// An invalidation takes effect in this process at once and reaches the other app instances
// through the journal (journal.ts).
import { shareInvalidation } from "./journal";
import { EVERYTHING, HOME, SEARCH, deskRaceTag, raceTag, electionTag, storyTag } from "./contract.cjs";
import { invalidateTags } from "./tag-clock.cjs";

function invalidate(tags: Iterable<string>): void {
  const list = [...tags];
  invalidateTags(list);
  shareInvalidation(list);
}


/** A race's count or call changed: its own pages, its election's list and the front page. */
export function invalidateRaces(races: readonly { slug: string; electionSlug: string }[]): void {
  const tags = new Set<string>([HOME]);
  for (const race of races) {
    tags.add(raceTag(race.slug));
    tags.add(electionTag(race.electionSlug));
  }
  invalidate(tags);
}

/** Stories were published, edited or withdrawn: their pages and the coverage of their races. */
export function invalidateStories(stories: readonly { slug: string; raceSlug: string }[]): void {
  invalidate(stories.flatMap((story) => [storyTag(story.slug), raceTag(story.raceSlug)]));
}

/** Races or candidates appeared without a set-up command (a feed created them): search must find them at once. */
export function invalidateSearch(): void {
  invalidate([SEARCH]);
}

/** Set-up changed: every reader page may show it, the search index among them. */
export function invalidateEverything(): void {
  invalidate([EVERYTHING]);
}

/**
 * Something only the desk shows changed on a race (a close call proposed or withdrawn). No cached
 * read carries the tag, so no reader page is dropped; open desk pages hear it through the desk's
 * change stream, on every instance (the journal shares it like any other tag).
 */
export function announceDeskRaceChange(raceSlug: string): void {
  invalidate([deskRaceTag(raceSlug)]);
}
