// Integration tests of "Use the feed's count" against a real database, with the real AP payload of
// Kentucky 2015: a unit the desk typed is held against the feed; releasing the hold applies the feed's
// count (a correction where it is lower), with its votes by method, clears the hold, is audited, and
// lets the next snapshot apply to the unit again. A stale version or no hold refuses, changing nothing.
import { afterAll, beforeAll, expect, test } from "vitest";
import { refusal } from "@/lib/testing/refusal";
import { countyLine, KENTUCKY, kentuckyWith } from "@/lib/testing/kentucky-feed";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const db = database.client;
const { importFeedSnapshot } = await import("./import-feed");
const { currentUnit, writeUnitTally } = await import("./write-unit-tally");
const { releaseFeedHold } = await import("./release-feed-hold");
const { listHeldFeedCounts } = await import("@/lib/server/queries/held-feed-counts");
const { listCountHistory } = await import("@/lib/server/queries/count-history");

const editor: Actor = { userId: "user-editor", name: "Eddie Editor", email: "editor@example.org", role: "editor", via: "session" };
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const upload = { origin: "upload" } as const;
const ELECTION = "ky-2015-holds";
const BOONE = "boone";
let governor = "";
let snapshots = 0;

/** Another snapshot of the night: Boone's count as AP has it, with `change` made to it. */
async function snapshot(change: (line: (last: string) => { voteCount: number }) => void = () => undefined) {
  snapshots += 1;
  const bytes = kentuckyWith((race) => {
    change((last) => countyLine(race, "Boone", last));
    // Each snapshot differs from the last, so none is skipped as the same bytes.
    countyLine(race, "Adair", "Curtis").voteCount += snapshots;
  });
  return importFeedSnapshot(staff, ELECTION, bytes, { format: "ap-json" }, upload);
}

/** The desk types Boone by hand: ten more votes for everyone than the feed had. */
async function typeBooneByHand() {
  const unit = await currentUnit(governor, BOONE);
  const typed = Object.fromEntries(Object.entries(unit.votes).map(([slug, votes]) => [slug, votes + 10]));
  return (await writeUnitTally(staff, governor, BOONE, { version: unit.version, votes: typed })).unit;
}

const booneRow = () => db.reportingUnit.findFirstOrThrow({ where: { slug: BOONE, race: { slug: governor } }, select: { id: true, countSource: true, version: true } });

beforeAll(async () => {
  await db.election.create({ data: { slug: ELECTION, name: "Kentucky 2015", date: new Date("2015-11-03"), jurisdiction: "Kentucky" } });
  const report = await importFeedSnapshot(editor, ELECTION, KENTUCKY, { format: "ap-json", create: true }, upload);
  governor = report.races.find((r) => r.name === "Governor, Kentucky")!.slug;
});
afterAll(() => database.remove());

test("releasing a hold applies the feed's count with its votes by method, clears the hold, is audited, and the unit follows the feed again", async () => {
  const typed = await typeBooneByHand();
  const report = await snapshot((line) => (line("Curtis").voteCount += 3));
  expect(report.races.find((r) => r.slug === governor)).toMatchObject({ unitsHeld: 1 });

  const [held, ...others] = await listHeldFeedCounts(staff, { raceSlug: governor });
  expect(others).toEqual([]);
  expect(held).toMatchObject({ source: "AP", unit: { slug: BOONE, version: typed.version }, differs: true, desk: { votes: typed.votes } });
  // The feed is ten votes below the desk for Bevin and Conway, seven for Curtis.
  expect(held!.differences.candidates).toHaveLength(3);
  const feedVotes = held!.feed.votes;
  expect(Object.entries(typed.votes).map(([slug, n]) => n - feedVotes[slug]!).sort()).toEqual([10, 10, 7]);

  // AP's votes by method travel with the held count.
  const { id: unitId } = await booneRow();
  const bevin = await db.candidacy.findFirstOrThrow({ where: { race: { slug: governor }, candidate: { name: "Matt Bevin" } }, select: { id: true } });
  await db.heldFeedCount.update({ where: { unitId }, data: { methods: JSON.stringify({ [bevin.id]: { "Election Day": 900, Absentee: 41 } }) } });

  const { unit, race } = await releaseFeedHold(staff, governor, BOONE, { version: typed.version });
  expect(unit).toMatchObject({ version: typed.version + 1, votes: feedVotes });
  expect(race.units.find((u) => u.slug === BOONE)!.votes).toEqual(feedVotes);
  expect(await booneRow()).toMatchObject({ countSource: "feed" });
  expect(await db.heldFeedCount.count({ where: { unitId } })).toBe(0);
  expect(await db.methodTally.findMany({ where: { unitId }, select: { method: true, kind: true, votes: true }, orderBy: { method: "asc" } })).toEqual([
    { method: "Absentee", kind: "mail", votes: 41 },
    { method: "Election Day", kind: "election_day", votes: 900 },
  ]);
  const changes = await db.tallyChange.findMany({ where: { unitId, source: "feed", actorLabel: "Sam Staff" } });
  expect(changes).toHaveLength(3);
  expect(changes.every((c) => c.correction && c.note === `AP feed, snapshot ${report.snapshotId}: the held count, released on the desk`)).toBe(true);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "tally.hold_released", subjectId: unitId } });
  expect(audit.actorLabel).toBe("Sam Staff");
  expect(JSON.parse(audit.detail)).toMatchObject({ snapshotId: report.snapshotId, feed: "AP", source: "feed", correction: true });

  expect(await listHeldFeedCounts(staff, { raceSlug: governor })).toEqual([]);
  const [latest] = await listCountHistory(staff, governor);
  expect(latest).toMatchObject({ label: "Feed correction (AP)", actor: "Sam Staff", units: "Boone" });

  // The next snapshot writes Boone again, as it does every unit the desk did not type.
  const next = await snapshot((line) => {
    line("Curtis").voteCount += 3;
    line("Bevin").voteCount += 7;
  });
  expect(next.races.find((r) => r.slug === governor)).toMatchObject({ unitsHeld: 0 });
  expect((await currentUnit(governor, BOONE)).votes["matt-bevin"]).toBe(feedVotes["matt-bevin"]! + 7);
  expect((await listCountHistory(staff, governor))[0]).toMatchObject({ label: "AP feed", actor: "Sam Staff" });
});

test("a stale version is refused with the unit as saved, and the hold and the count stay", async () => {
  const typed = await typeBooneByHand();
  await snapshot((line) => (line("Conway").voteCount += 1));
  const { id: unitId } = await booneRow();
  expect(await db.heldFeedCount.count({ where: { unitId } })).toBe(1);

  const error = await refusal(releaseFeedHold(staff, governor, BOONE, { version: typed.version - 1 }), "version_conflict");
  expect(error.status).toBe(409);
  expect("current" in error.details && error.details.current).toMatchObject({ version: typed.version, votes: typed.votes });
  expect(await db.heldFeedCount.count({ where: { unitId } })).toBe(1);
  expect(await currentUnit(governor, BOONE)).toMatchObject({ version: typed.version, votes: typed.votes });
  expect(await booneRow()).toMatchObject({ countSource: "manual" });
  expect(await db.auditEvent.count({ where: { action: "tally.hold_released", subjectId: unitId } })).toBe(1);
});

test("staff may release a hold; an anonymous caller may not; a unit with no hold is not found", async () => {
  expect((await refusal(releaseFeedHold(null, governor, BOONE, { version: 0 }), "unauthenticated")).status).toBe(401);
  await refusal(releaseFeedHold(staff, governor, BOONE, { version: "3" }), "malformed");

  const { version } = await currentUnit(governor, BOONE);
  await releaseFeedHold(staff, governor, BOONE, { version });
  expect(await booneRow()).toMatchObject({ countSource: "feed", version: version + 1 });
  expect((await refusal(releaseFeedHold(staff, governor, BOONE, { version: version + 1 }), "not_found")).message).toBe("A feed count held for Boone was not found.");
});
