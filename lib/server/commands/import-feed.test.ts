// Integration tests of the feed import against a real database, with the real payloads in
// ../shared/fixtures/feeds: races created from a feed with their totals, snapshots kept and the same
// bytes a no-op, dry runs and refusals that change nothing, corrections, units held for the desk,
// a feed's call as advice (and as a call where the race accepts it), and test data.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { databaseDump } from "@/lib/testing/database-dump";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const db = database.client;
const { importFeedSnapshot } = await import("./import-feed");
const { writeUnitTally } = await import("./write-unit-tally");
const { getRaceResult } = await import("@/lib/server/queries/races");

const FIXTURES = join(process.cwd(), "..", "shared", "fixtures", "feeds");
const fixture = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));
const KENTUCKY = fixture("ap/elex__20151103_national.json");

const editor: Actor = { userId: "user-editor", name: "Eddie Editor", email: "editor@example.org", role: "editor", via: "api_key" };
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "api_key" };
const upload = { origin: "upload" } as const;

async function election(slug: string) {
  await db.election.create({ data: { slug, name: slug, date: new Date("2015-11-03"), jurisdiction: "Test" } });
  return slug;
}

/** The AP payload with one Kentucky county's count for a candidate changed. */
function kentuckyWith(change: (race: ApRace) => void): Uint8Array {
  const payload = JSON.parse(Buffer.from(KENTUCKY).toString("utf8")) as { races: ApRace[] };
  change(payload.races.find((race) => race.raceID === "18525")!);
  return new Uint8Array(Buffer.from(JSON.stringify(payload)));
}

interface ApRace {
  raceID: string;
  test?: boolean;
  reportingUnits: { level: string; reportingunitName: string; candidates: { last: string; voteCount: number; winner?: string }[] }[];
}

const county = (race: ApRace, name: string) => race.reportingUnits.find((u) => u.level !== "state" && u.reportingunitName === name)!;
const votesOf = async (raceSlug: string) =>
  Object.fromEntries((await getRaceResult(raceSlug))!.candidates.map((c) => [c.name, c.votes]));

beforeAll(async () => {
  await election("ky-2015");
});
afterAll(() => database.remove());

test("an AP payload creates its races, candidates and units, with Kentucky's totals, and keeps the snapshot", async () => {
  const report = await importFeedSnapshot(editor, "ky-2015", KENTUCKY, { format: "ap-json", create: "1" }, upload);
  expect(report.unchanged).toBe(false);
  expect(report.races.map((r) => r.name)).toContain("Governor, Kentucky");
  expect(report.races.every((r) => r.created)).toBe(true);
  const governor = report.races.find((r) => r.name === "Governor, Kentucky")!;
  expect(governor.unitsChanged).toBe(120);

  const votes = await votesOf(governor.slug);
  expect(votes).toMatchObject({ "Matt Bevin": 511_771, "Jack Conway": 426_944, "Drew Curtis": 35_629 });
  // Colorado's state unit is not the sum of its counties: reported, not hidden.
  expect(report.problems.some((p) => /4,385/.test(p.message))).toBe(true);

  const snapshot = await db.feedSnapshot.findUniqueOrThrow({ where: { id: report.snapshotId! } });
  expect(snapshot).toMatchObject({ status: "applied", format: "ap-json", origin: "upload", byteLength: KENTUCKY.byteLength, actorLabel: "Eddie Editor" });
  expect(Buffer.from(gunzipSync(snapshot.bytes)).equals(Buffer.from(KENTUCKY))).toBe(true);
  const history = await db.tallyChange.findFirstOrThrow({ where: { batchId: report.snapshotId! } });
  expect(history).toMatchObject({ source: "feed", actorLabel: "Eddie Editor", note: `AP feed, snapshot ${report.snapshotId}` });
});

test("the same bytes again change nothing: no race version moves", async () => {
  const versions = await db.race.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } });
  const report = await importFeedSnapshot(staff, "ky-2015", KENTUCKY, { format: "ap-json" }, upload);
  expect(report).toMatchObject({ unchanged: true, races: [], problems: [] });
  expect(await db.race.findMany({ select: { slug: true, version: true }, orderBy: { slug: "asc" } })).toEqual(versions);
  expect(await db.feedSnapshot.count({ where: { status: "unchanged" } })).toBe(1);
});

test("staff update the counts of existing races; only an editor may create", async () => {
  await refusal(importFeedSnapshot(staff, "ky-2015", KENTUCKY, { format: "ap-json", create: true }, upload), "forbidden");
  await refusal(importFeedSnapshot(null, "ky-2015", KENTUCKY, { format: "ap-json" }, upload), "unauthenticated");

  const later = kentuckyWith((race) => {
    county(race, "Adair").candidates.find((c) => c.last === "Bevin")!.voteCount += 100;
  });
  const report = await importFeedSnapshot(staff, "ky-2015", later, { format: "ap-json" }, upload);
  const governor = report.races.find((r) => r.name === "Governor, Kentucky")!;
  expect(governor).toMatchObject({ created: false, unitsChanged: 1, unitsCorrected: 0 });
  expect((await votesOf(governor.slug))["Matt Bevin"]).toBe(511_871);
  // Races the snapshot did not change keep their versions and caches.
  expect(report.races.filter((r) => r.unitsChanged > 0)).toHaveLength(1);
});

test("a dry run reports what would change and writes nothing, not even the snapshot", async () => {
  const dump = databaseDump(database.url);
  const later = kentuckyWith((race) => {
    county(race, "Allen").candidates.find((c) => c.last === "Conway")!.voteCount += 7;
  });
  const report = await importFeedSnapshot(staff, "ky-2015", later, { format: "ap-json", dryRun: "true" }, upload);
  expect(report).toMatchObject({ snapshotId: null, dryRun: true });
  expect(report.races.find((r) => r.name === "Governor, Kentucky")!.unitsChanged).toBe(2);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("a lower count is applied and marked as a correction", async () => {
  const lower = kentuckyWith((race) => {
    county(race, "Adair").candidates.find((c) => c.last === "Bevin")!.voteCount -= 50;
  });
  const report = await importFeedSnapshot(staff, "ky-2015", lower, { format: "ap-json" }, upload);
  const governor = report.races.find((r) => r.name === "Governor, Kentucky")!;
  expect(governor).toMatchObject({ unitsChanged: 1, unitsCorrected: 1 });
  expect((await votesOf(governor.slug))["Matt Bevin"]).toBe(511_721);
  const change = await db.tallyChange.findFirstOrThrow({ where: { batchId: report.snapshotId!, source: "feed" } });
  expect(change).toMatchObject({ correction: true, before: expect.any(Number) });
  expect(change.after).toBeLessThan(change.before);
  expect(report.problems.some((p) => /correction/.test(p.message))).toBe(true);
});

test("a unit entered by hand is held: the feed's count is recorded beside it, not applied", async () => {
  const governor = await db.race.findFirstOrThrow({ where: { sourceKey: "KY-18525" }, select: { slug: true, units: { where: { name: "Boone" }, select: { slug: true, version: true } } } });
  const boone = governor.units[0]!;
  const current = await db.tally.findMany({ where: { unit: { slug: boone.slug, race: { slug: governor.slug } } }, select: { votes: true, candidacy: { select: { candidate: { select: { slug: true } } } } } });
  const typed = Object.fromEntries(current.map((t) => [t.candidacy.candidate.slug, t.votes + 1]));
  await writeUnitTally(staff, governor.slug, boone.slug, { version: boone.version, votes: typed });

  const later = kentuckyWith((race) => {
    county(race, "Boone").candidates.find((c) => c.last === "Curtis")!.voteCount += 3;
  });
  const report = await importFeedSnapshot(staff, "ky-2015", later, { format: "ap-json" }, upload);
  expect(report.races.find((r) => r.slug === governor.slug)).toMatchObject({ unitsHeld: 1 });
  const held = await db.heldFeedCount.findFirstOrThrow({ where: { unit: { slug: boone.slug, race: { slug: governor.slug } } } });
  expect(held.snapshotId).toBe(report.snapshotId);
  const after = await db.tally.findMany({ where: { unit: { slug: boone.slug, race: { slug: governor.slug } } }, select: { votes: true, candidacy: { select: { candidate: { select: { slug: true } } } } } });
  expect(Object.fromEntries(after.map((t) => [t.candidacy.candidate.slug, t.votes]))).toEqual(typed);
});

test("AP's winner flag is recorded as advice, not a call", async () => {
  const governor = await db.race.findFirstOrThrow({ where: { sourceKey: "KY-18525" }, select: { id: true, calls: true, sourceCalls: { select: { status: true, sourceName: true, candidacyIds: true } } } });
  expect(governor.calls).toEqual([]);
  expect(governor.sourceCalls).toHaveLength(1);
  expect(governor.sourceCalls[0]).toMatchObject({ status: "called", sourceName: "AP" });
  const bevin = await db.candidacy.findFirstOrThrow({ where: { raceId: governor.id, candidate: { name: "Matt Bevin" } }, select: { id: true } });
  expect(JSON.parse(governor.sourceCalls[0]!.candidacyIds)).toEqual([bevin.id]);
});

test("a malformed snapshot is refused with its problems, kept as refused, and changes nothing else", async () => {
  const before = await db.race.findMany({ select: { version: true }, orderBy: { slug: "asc" } });
  const error = await refusal(importFeedSnapshot(staff, "ky-2015", new TextEncoder().encode('{"races": [ {"raceID": '), { format: "ap-json" }, upload), "feed_refused");
  expect(error.status).toBe(422);
  expect(error.details.problems.length).toBeGreaterThan(0);
  expect(error.details.problems[0]!.message).toMatch(/JSON/);
  expect(await db.feedSnapshot.findUniqueOrThrow({ where: { id: error.details.snapshotId! }, select: { status: true } })).toEqual({ status: "refused" });
  expect(await db.race.findMany({ select: { version: true }, orderBy: { slug: "asc" } })).toEqual(before);
});

test("a candidate the desk does not have refuses the snapshot for staff, naming them", async () => {
  const extra = kentuckyWith((race) => {
    for (const unit of race.reportingUnits) unit.candidates.push({ ...unit.candidates[0]!, last: "Newcomer", voteCount: 1, candidateID: "999999", polID: "999999", first: "Nora" } as never);
  });
  const error = await refusal(importFeedSnapshot(staff, "ky-2015", extra, { format: "ap-json" }, upload), "feed_refused");
  expect(error.details.problems.some((p) => /Nora Newcomer/.test(p.where))).toBe(true);
});

test("test data marks the election as test data", async () => {
  await election("ky-2015-test-night");
  const testNight = kentuckyWith(() => undefined);
  const payload = JSON.parse(Buffer.from(testNight).toString("utf8")) as { races: ApRace[] };
  for (const race of payload.races) race.test = true;
  const report = await importFeedSnapshot(editor, "ky-2015-test-night", new Uint8Array(Buffer.from(JSON.stringify(payload))), { format: "ap-json", create: true }, upload);
  expect(report.isTest).toBe(true);
  expect(await db.election.findUniqueOrThrow({ where: { slug: "ky-2015-test-night" }, select: { isTest: true } })).toEqual({ isTest: true });
});

test("a race that accepts source calls is called by the feed, through the call guard", async () => {
  await election("ky-2015-accepting");
  const first = kentuckyWith((race) => {
    for (const unit of race.reportingUnits) for (const c of unit.candidates) delete c.winner;
  });
  const created = await importFeedSnapshot(editor, "ky-2015-accepting", first, { format: "ap-json", create: true }, upload);
  const governor = created.races.find((r) => r.name === "Governor, Kentucky")!;
  await db.race.update({ where: { slug: governor.slug }, data: { acceptSourceCalls: true } });

  await importFeedSnapshot(staff, "ky-2015-accepting", KENTUCKY, { format: "ap-json" }, upload);
  const result = await getRaceResult(governor.slug);
  expect(result!.call.status).toBe("called");
  expect(result!.call.winners).toEqual([expect.stringMatching(/bevin/)]);
  const call = await db.raceCall.findFirstOrThrow({ where: { race: { slug: governor.slug } }, orderBy: { seq: "desc" } });
  expect(call.actorLabel).toBe("AP (accepted source call)");
});

test("Georgia's 2020 presidential count by county, from Clarity's detail.xml", async () => {
  await election("ga-2020");
  const report = await importFeedSnapshot(editor, "ga-2020", fixture("clarity/elexclarity__ga_counties_11-3.xml"), { format: "clarity-xml", create: true }, upload);
  const president = report.races.find((r) => /President/.test(r.name))!;
  expect(president.unitsChanged).toBe(159);
  expect(await votesOf(president.slug)).toMatchObject({ "Donald J. Trump": 2_461_837, "Joseph R. Biden": 2_474_507, "Jo Jorgensen": 62_138 });
  const methods = await db.methodTally.count({ where: { unit: { race: { slug: president.slug } } } });
  expect(methods).toBe(159 * 3 * 4);
});

test("Arizona's 2000 primary from OpenElections: counties counted once, the statewide rows only checked", async () => {
  await election("az-2000");
  const report = await importFeedSnapshot(editor, "az-2000", fixture("openelections/20000222__az__primary__president.csv"), { format: "openelections-csv", create: true }, upload);
  const slugs = report.races.map((r) => r.slug);
  const totals = Object.assign({}, ...(await Promise.all(slugs.map(votesOf))));
  expect(totals).toMatchObject({ "John McCain": 193_708, "George W. Bush": 115_115, "Harry Browne": 553 });
});

test("several OpenElections county files import into one election and one race", async () => {
  await election("ga-2018");
  const taliaferro = Buffer.from(fixture("openelections/20181106__ga__general__taliaferro__precinct.csv")).toString("utf8");
  // A second county's file of the same election: the same races, other precincts.
  const glascock = taliaferro.replaceAll("Taliaferro,", "Glascock,");
  const first = await importFeedSnapshot(editor, "ga-2018", new TextEncoder().encode(taliaferro), { format: "openelections-csv", create: true }, upload);
  const second = await importFeedSnapshot(editor, "ga-2018", new TextEncoder().encode(glascock), { format: "openelections-csv", create: true }, upload);
  const governor = first.races.find((r) => r.name.startsWith("Governor"))!;
  expect(second.races.find((r) => r.name.startsWith("Governor"))).toMatchObject({ slug: governor.slug, created: false, unitsChanged: 2 });
  expect(await db.race.count({ where: { election: { slug: "ga-2018" }, office: "Governor" } })).toBe(1);
  expect(await votesOf(governor.slug)).toMatchObject({ "Stacey Abrams": 2 * 568, "Brian Kemp": 2 * 350, "Ted Metz": 2 * 3 });
  const units = await db.reportingUnit.findMany({ where: { race: { slug: governor.slug } }, select: { name: true } });
  expect(units.map((u) => u.name).sort()).toEqual(["Glascock: Crawfordville", "Glascock: Sharon", "Taliaferro: Crawfordville", "Taliaferro: Sharon"]);
});

test("a snapshot past the size cap is refused with 413, an unknown format with 400, and neither is kept", async () => {
  const { MAX_FEED_BYTES } = await import("@/lib/domain/feeds/feed-snapshot");
  const kept = await db.feedSnapshot.count();
  const tooLarge = await refusal(importFeedSnapshot(staff, "ky-2015", new Uint8Array(MAX_FEED_BYTES + 1), { format: "ap-json" }, upload), "payload_too_large");
  expect(tooLarge.status).toBe(413);
  const unknown = await refusal(importFeedSnapshot(staff, "ky-2015", KENTUCKY, { format: "ap-xml" }, upload), "malformed");
  expect(unknown.message).toContain("format must be one of ap-json, clarity-xml, clarity-json, openelections-csv");
  expect(await db.feedSnapshot.count()).toBe(kept);
});
