// What the desk's change stream tells a signed-in page, from the cache tags a change invalidated:
// which races and elections changed, whether stories did, or whether everything may have (a set-up
// change). No story names: a page that cares about stories reads them again, authorized.
// Desk pages run this in the browser: it imports nothing (its JSON schema, for the API document, is
// desk-change-json.ts; zod in the page would also trip the CSP, testing for eval).

export interface DeskChange {
  races: string[];
  elections: string[];
  stories: boolean;
  everything: boolean;
}

/** The change a set of invalidated tags describes, or null when it says nothing the desk shows. */
export function deskChangeOf(tags: readonly string[]): DeskChange | null {
  const change: DeskChange = { races: [], elections: [], stories: false, everything: false };
  for (const tag of tags) {
    const [kind, ...rest] = tag.split(":");
    const slug = rest.join(":");
    if (tag === "everything") change.everything = true;
    // A desk-only change to a race (a close call proposed or withdrawn) is news to its desk alike.
    else if ((kind === "race" || kind === "desk-race") && slug) change.races.push(slug);
    else if (kind === "election" && slug) change.elections.push(slug);
    else if (kind === "story") change.stories = true;
  }
  const says = change.everything || change.stories || change.races.length > 0 || change.elections.length > 0;
  return says ? change : null;
}

/** What a desk page follows: everything (the dashboard), one race (its desk), or stories (the story list). */
export type DeskWatch = { kind: "all" } | { kind: "race"; slug: string } | { kind: "stories" };

/** Whether a change is news to a page that follows `watch`. A story's status moves with its race's call. */
export function concerns(watch: DeskWatch, change: DeskChange): boolean {
  if (change.everything || watch.kind === "all") return true;
  if (watch.kind === "race") return change.races.includes(watch.slug);
  return change.stories || change.races.length > 0;
}
