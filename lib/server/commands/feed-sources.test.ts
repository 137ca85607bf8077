// Guards the feed sources of an election: only editors add, change or remove them (staff 403,
// anonymous 401), bad input is refused on its field (422) or as malformed (400), and a refused
// command writes nothing at all. Accepted ones are audited and answer the source with its state.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { databaseDump } from "@/lib/testing/database-dump";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";

const database = createTestDatabase();
const { createElection } = await import("./create-election");
const { addFeedSource, removeFeedSource, updateFeedSource } = await import("./feed-sources");
const { listFeedSources, summarizeElectionFeeds } = await import("@/lib/server/queries/feed-sources");

const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "api_key" };
const editor: Actor = { userId: "user-editor", name: "Eve Editor", email: "editor@example.org", role: "editor", via: "session" };
const ELECTION = "ga-2020-general";
const AP = { name: "AP Georgia", format: "ap-json", url: "https://api.ap.org/v3/elections/2020-11-03?format=json&statePostal=GA" };

let sourceId: string;

beforeAll(async () => {
  await createElection(editor, { name: "Georgia general", date: "2020-11-03", jurisdiction: "Georgia", slug: ELECTION });
  sourceId = (await addFeedSource(editor, ELECTION, { ...AP, name: "Existing" })).id;
});
afterAll(() => database.remove());

const COMMANDS: [string, (actor: Actor | null) => Promise<unknown>][] = [
  ["addFeedSource", (actor) => addFeedSource(actor, ELECTION, AP)],
  ["updateFeedSource", (actor) => updateFeedSource(actor, ELECTION, sourceId, { paused: true })],
  ["removeFeedSource", (actor) => removeFeedSource(actor, ELECTION, sourceId)],
];

test.each(COMMANDS)("staff get 403 from %s, and nothing is written", async (_name, command) => {
  const dump = databaseDump(database.url);
  const error = await refusal(command(staff), "forbidden");
  expect([error.status, error.message]).toEqual([403, "Your role does not allow you to manage feed sources."]);
  expect(databaseDump(database.url)).toEqual(dump);
});

test.each(COMMANDS)("anonymous callers get 401 from %s, and nothing is written", async (_name, command) => {
  const dump = databaseDump(database.url);
  expect((await refusal(command(null), "unauthenticated")).status).toBe(401);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("staff may read the sources and their state; anonymous callers may not", async () => {
  const list = await listFeedSources(staff, ELECTION);
  expect(list?.sources.map((s) => s.name)).toContain("Existing");
  await refusal(listFeedSources(null, ELECTION), "unauthenticated");
  expect(await listFeedSources(staff, "no-such-election")).toBeNull();
});

test.each([
  ["a URL that is not http(s)", { ...AP, url: "ftp://api.ap.org/v3" }, "url"],
  ["a URL with the key in it", { ...AP, url: `${AP.url}&apiKey=s3cret` }, "url"],
  ["an AP interval under 5 seconds", { ...AP, intervalSeconds: 2 }, "intervalSeconds"],
  ["a Clarity interval under 30 seconds", { ...AP, format: "clarity-xml", url: "https://results.enr.clarityelections.com/GA/105369/", intervalSeconds: 10 }, "intervalSeconds"],
  ["an unknown format", { ...AP, format: "rss" }, "format"],
  ["a blank name", { ...AP, name: "  " }, "name"],
  ["a blank race key", { ...AP, races: ["GA-1", " "] }, "races.1"],
])("%s is refused on its field with 422, and nothing is written", async (_what, input, field) => {
  const dump = databaseDump(database.url);
  const error = await refusal(addFeedSource(editor, ELECTION, input), "invalid");
  expect(error.status).toBe(422);
  expect(Object.keys(error.details.fields)).toEqual([field]);
  expect(databaseDump(database.url)).toEqual(dump);
  expect(JSON.stringify(error)).not.toContain("s3cret");
});

test("a body of the wrong shape is malformed (400); an unknown election or source is 404; nothing is written", async () => {
  const dump = databaseDump(database.url);
  expect((await refusal(addFeedSource(editor, ELECTION, { ...AP, intervalSeconds: "10" }), "malformed")).status).toBe(400);
  expect((await refusal(addFeedSource(editor, ELECTION, { ...AP, paused: "yes" }), "malformed")).status).toBe(400);
  expect((await refusal(addFeedSource(editor, ELECTION, { ...AP, nextRequest: "x" }), "malformed")).status).toBe(400);
  expect((await refusal(updateFeedSource(editor, ELECTION, sourceId, { url: "https://elsewhere.example/" }), "malformed")).status).toBe(400);
  expect((await refusal(addFeedSource(editor, "no-such-election", AP), "not_found")).message).toBe('Election "no-such-election" was not found.');
  expect((await refusal(updateFeedSource(editor, ELECTION, "no-such-source", { paused: true }), "not_found")).status).toBe(404);
  expect((await refusal(updateFeedSource(editor, ELECTION, sourceId, { intervalSeconds: 1 }), "invalid")).details.fields).toEqual({
    intervalSeconds: "must be at least 5 seconds for ap-json sources",
  });
  expect(databaseDump(database.url)).toEqual(dump);
});

test("an editor adds a source, pauses and resumes it, changes its races, and removes it; each is audited", async () => {
  const added = await addFeedSource(editor, ELECTION, { ...AP, races: ["GA-1", "GA-2"], createMissing: true });
  expect(added).toMatchObject({ ...AP, intervalSeconds: 10, races: ["GA-1", "GA-2"], createMissing: true, paused: false, failures: 0, lastFetchAt: null, nextFetchAt: null, snapshotCount: 0, latestSnapshots: [] });

  const paused = await updateFeedSource(editor, ELECTION, added.id, { paused: true, races: [] });
  expect([paused.paused, paused.races]).toEqual([true, []]);
  const resumed = await updateFeedSource(editor, ELECTION, added.id, { paused: false, intervalSeconds: 30 });
  expect([resumed.paused, resumed.intervalSeconds]).toEqual([false, 30]);
  // Resumed: due at once, so the poller takes it on its next tick.
  expect(Date.parse(resumed.nextFetchAt!)).toBeLessThanOrEqual(Date.now());

  const dump = databaseDump(database.url);
  await updateFeedSource(editor, ELECTION, added.id, { paused: false });
  expect(databaseDump(database.url)).toEqual(dump);

  expect(await removeFeedSource(editor, ELECTION, added.id)).toEqual({ id: added.id, removed: true });
  expect((await listFeedSources(editor, ELECTION))!.sources.map((s) => s.id)).not.toContain(added.id);
  const events = await database.client.auditEvent.findMany({ where: { subjectId: added.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true } });
  expect(events.map((e) => e.action)).toEqual(["feed_source.added", "feed_source.updated", "feed_source.updated", "feed_source.removed"]);
  expect(events.every((e) => e.actorId === editor.userId)).toBe(true);
});

test("the dashboard's summary counts each election's sources, paused and failing", async () => {
  await database.client.feedSource.update({ where: { id: sourceId }, data: { failures: 2, lastError: "AP answered 503" } });
  const summary = await summarizeElectionFeeds(staff);
  expect(summary.find((e) => e.slug === ELECTION)).toEqual({ slug: ELECTION, name: "Georgia general", sources: 1, paused: 0, failing: 1 });
});
