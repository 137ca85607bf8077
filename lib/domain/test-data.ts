// Test data (an AP test night, a replayed night in a rehearsal election): the election's numbers are
// not real, so every reader page that shows them says so, and nothing about them can be published
// (FEEDS.md §1, "Test mode traps"). The words live here once: the banner, the badge, the gate's
// refusal and the reason a published story is pulled.

/** What a shared title or a share image leads with. */
export const TEST_DATA_LABEL = "TEST DATA";

/** The banner every reader page, embed and share image of a test election's races carries. */
export const TEST_DATA_BANNER = `${TEST_DATA_LABEL} — these are not real results`;

/** The desk's badge beside a test election's races. */
export const TEST_DATA_BADGE = "Test";

/** Why the publication gate stays closed, whatever the race's call. */
export const TEST_DATA_REFUSAL = "This race's election holds test data; nothing about it can be published.";

/** Why a published story is pulled when its election is marked as test data. */
export const TEST_DATA_PULL_REASON = "The election was marked as test data";
