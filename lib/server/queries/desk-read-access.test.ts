// Guards the desk's reads: drafts, call history (who called what), set-up and the race list are read
// only by an actor whose role allows it. Pages check too, but the read is where the promise is kept:
// a page that forgot to ask must fail, not show a draft to an anonymous caller.
import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { listDeskStories, getDeskStory } = await import("./stories");
const { listRaceCalls } = await import("./call-history");
const { listDeskElections, listDeskRaces } = await import("./desk");
const { searchDesk } = await import("./desk-search");
const { getSourceCallAdvice } = await import("./source-call-advice");
const { listHeldFeedCounts } = await import("./held-feed-counts");
const { listCountHistory } = await import("./count-history");
const { getFeedImportElection } = await import("./feed-imports");
const { getRaceSetup } = await import("./race-setup");
const { listStoryRaceChoices } = await import("./stories-races");
const { listAccounts } = await import("./accounts");
const { getElectionSetup, getCandidateSetup } = await import("./setup-reads");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const actor = (role: Actor["role"]): Actor => ({ userId: `user-${role}`, name: role, email: `${role}@example.org`, role, via: "session" });

beforeAll(() => loadDemoElections(database.client, [atlanta2017]));
afterAll(() => database.remove());

async function anyStoryId(): Promise<string> {
  return (await database.client.story.findFirstOrThrow({ select: { id: true } })).id;
}

const READS = {
  listDeskStories: { minimum: "editor", read: (a: Actor | null) => listDeskStories(a) },
  getDeskStory: { minimum: "editor", read: async (a: Actor | null) => getDeskStory(a, await anyStoryId()) },
  listStoryRaceChoices: { minimum: "editor", read: (a: Actor | null) => listStoryRaceChoices(a) },
  getRaceSetup: { minimum: "editor", read: (a: Actor | null) => getRaceSetup(a, DISTRICT_5) },
  getElectionSetup: { minimum: "editor", read: (a: Actor | null) => getElectionSetup(a, "atlanta-2017-general") },
  getCandidateSetup: { minimum: "editor", read: (a: Actor | null) => getCandidateSetup(a, "natalyn-archibong") },
  listRaceCalls: { minimum: "staff", read: (a: Actor | null) => listRaceCalls(a, DISTRICT_5) },
  listDeskRaces: { minimum: "staff", read: (a: Actor | null) => listDeskRaces(a) },
  listDeskElections: { minimum: "staff", read: (a: Actor | null) => listDeskElections(a) },
  searchDesk: { minimum: "staff", read: (a: Actor | null) => searchDesk(a, "fulton", 10) },
  // District 5 has no feed: no advice (null) and no holds ([]) is an answer all the same.
  getSourceCallAdvice: { minimum: "staff", read: async (a: Actor | null) => ({ advice: await getSourceCallAdvice(a, DISTRICT_5) }) },
  listHeldFeedCounts: { minimum: "staff", read: (a: Actor | null) => listHeldFeedCounts(a) },
  listCountHistory: { minimum: "staff", read: (a: Actor | null) => listCountHistory(a, DISTRICT_5) },
  getFeedImportElection: { minimum: "staff", read: (a: Actor | null) => getFeedImportElection(a, "atlanta-2017-general") },
  listAccounts: { minimum: "admin", read: (a: Actor | null) => listAccounts(a) },
} as const;

const ROLES = ["staff", "editor", "admin"] as const;

for (const [name, { minimum, read }] of Object.entries(READS)) {
  test(`${name}: 401 without an actor, 403 below ${minimum}, data from ${minimum} up`, async () => {
    expect((await refusal(read(null))).status).toBe(401);
    for (const role of ROLES) {
      const allowed = ROLES.indexOf(role) >= ROLES.indexOf(minimum);
      if (allowed) {
        await expect(read(actor(role))).resolves.toBeTruthy();
      } else {
        const error = await refusal(read(actor(role)));
        expect([error.status, error.code]).toEqual([403, "forbidden"]);
      }
    }
  });
}
