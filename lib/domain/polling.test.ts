import fc from "fast-check";
import { expect, test } from "vitest";
import {
  areRacesSettled,
  callChangeAnnouncement,
  isRaceSettled,
  MAX_BACKOFF_MS,
  msSinceChange,
  nextPollDelay,
  pollInterval,
  pollOutcome,
  raceListAnnouncement,
  RECENT_CHANGE_MS,
  resumeDelay,
  SETTLED_INTERVAL_MS,
} from "./polling";
import { districtFive } from "./race-fixtures";

const INTERVAL = 3000;

test("a 304 is unchanged, a 2xx changed, everything else a failure", () => {
  expect(pollOutcome(304)).toBe("unchanged");
  expect(pollOutcome(200)).toBe("changed");
  for (const status of [400, 404, 429, 500, 502, 503]) expect(pollOutcome(status)).toBe("failed");
});

test("without failures the next poll comes after the interval", () => {
  expect(nextPollDelay(0, INTERVAL)).toBe(INTERVAL);
  expect(nextPollDelay(0, INTERVAL, () => 0)).toBe(INTERVAL);
});

test("each consecutive failure doubles the wait, up to a minute", () => {
  expect([1, 2, 3, 4, 5, 6, 20, 1000].map((n) => nextPollDelay(n, INTERVAL))).toEqual([6000, 12000, 24000, 48000, 60000, 60000, 60000, 60000]);
});

test("jitter spreads a retry over the upper half of its wait, never below the interval", () => {
  expect(nextPollDelay(3, INTERVAL, () => 0)).toBe(12000);
  expect(nextPollDelay(3, INTERVAL, () => 0.5)).toBe(18000);
  expect(nextPollDelay(1, INTERVAL, () => 0)).toBe(INTERVAL);
});

test("property: the wait stays between the interval and the cap, and never shrinks as failures grow", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 100, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, interval, r) => {
      const delay = nextPollDelay(failures, interval, () => r);
      expect(delay).toBeGreaterThanOrEqual(interval);
      expect(delay).toBeLessThanOrEqual(Math.max(interval, MAX_BACKOFF_MS));
      expect(nextPollDelay(failures + 1, interval)).toBeGreaterThanOrEqual(nextPollDelay(failures, interval));
    }),
  );
});

test("a tab that comes back polls at once, unless the API was failing", () => {
  expect(resumeDelay(0, INTERVAL)).toBe(0);
  expect(resumeDelay(2, INTERVAL)).toBe(12000);
});

test("a race is settled only when decided with every precinct in", () => {
  const all: [number, number][] = [[25, 25], [6, 6]];
  const some: [number, number][] = [[25, 25], [3, 6]];
  expect(isRaceSettled(districtFive({ precincts: all, call: { status: "called", winners: ["archibong"] } }))).toBe(true);
  expect(isRaceSettled(districtFive({ precincts: all, call: { status: "runoff", advancing: ["archibong", "bakhtiari"] } }))).toBe(true);
  expect(isRaceSettled(districtFive({ precincts: some, call: { status: "called", winners: ["archibong"] } }))).toBe(false);
  expect(isRaceSettled(districtFive({ precincts: all, call: { status: "too_close" } }))).toBe(false);
  expect(isRaceSettled(districtFive({ precincts: all }))).toBe(false);
  const retracted = { status: "uncalled" as const, retractedAt: "2017-11-08T04:42:00.000Z", note: "Recanvass under way" };
  expect(isRaceSettled(districtFive({ precincts: all, call: retracted }))).toBe(false);
});

test("a list is settled when every race on it is", () => {
  const done = districtFive({ call: { status: "called", winners: ["archibong"] } });
  expect(areRacesSettled([])).toBe(true);
  expect(areRacesSettled([done, done])).toBe(true);
  expect(areRacesSettled([done, districtFive()])).toBe(false);
});

const MINUTE = 60_000;

test("while counting, or not decided, polls keep the normal interval however long nothing changes", () => {
  for (const since of [0, MINUTE, RECENT_CHANGE_MS, 10 * 60 * MINUTE, Infinity]) expect(pollInterval(false, since, INTERVAL)).toBe(INTERVAL);
});

test("a settled race keeps the normal interval for a few minutes after any change, then slows to 30 s, never stopping", () => {
  expect(pollInterval(true, 0, INTERVAL)).toBe(INTERVAL);
  expect(pollInterval(true, RECENT_CHANGE_MS - 1, INTERVAL)).toBe(INTERVAL);
  expect(pollInterval(true, RECENT_CHANGE_MS, INTERVAL)).toBe(SETTLED_INTERVAL_MS);
  expect(pollInterval(true, Infinity, INTERVAL)).toBe(SETTLED_INTERVAL_MS);
  expect(SETTLED_INTERVAL_MS).toBeLessThanOrEqual(30_000);
  // A slower setting cannot stretch it past 30 s; a normal interval above it is kept.
  expect(pollInterval(true, Infinity, INTERVAL, 120_000)).toBe(30_000);
  expect(pollInterval(true, Infinity, 45_000)).toBe(45_000);
});

test("property: the interval is always the normal one or the settled one, and at most 30 s for a settled race", () => {
  fc.assert(
    fc.property(fc.boolean(), fc.oneof(fc.nat(), fc.constant(Infinity)), (settled, since) => {
      const interval = pollInterval(settled, since, INTERVAL);
      expect([INTERVAL, SETTLED_INTERVAL_MS]).toContain(interval);
      expect(interval).toBeLessThanOrEqual(30_000);
      if (!settled || since < RECENT_CHANGE_MS) expect(interval).toBe(INTERVAL);
    }),
  );
});

test("time since a change: the later of the server's stamp and the moment the page saw it", () => {
  const now = Date.parse("2017-11-08T05:00:00.000Z");
  expect(msSinceChange("2017-11-08T04:58:00.000Z", null, now)).toBe(2 * MINUTE);
  expect(msSinceChange("2017-11-08T04:00:00.000Z", now - 5_000, now)).toBe(5_000);
  expect(msSinceChange("2017-11-08T04:59:00.000Z", now - 10 * MINUTE, now)).toBe(MINUTE);
  expect(msSinceChange(null, null, now)).toBe(Infinity);
  expect(msSinceChange("not a time", null, now)).toBe(Infinity);
  // A server clock ahead of the browser's counts as just now, not as the future.
  expect(msSinceChange("2017-11-08T05:03:00.000Z", null, now)).toBe(0);
});

test("a called race loaded long after its call polls every 30 s; a retraction seen by a poll brings back the normal interval", () => {
  const calledLongAgo = districtFive({ call: { status: "called", winners: ["archibong"] } }); // updated 2017-11-08T05:18Z
  const now = Date.parse("2017-11-08T09:00:00.000Z");
  expect(pollInterval(isRaceSettled(calledLongAgo), msSinceChange(calledLongAgo.updatedAt, null, now), INTERVAL)).toBe(SETTLED_INTERVAL_MS);
  const retracted = districtFive({ call: { status: "uncalled", retractedAt: "2017-11-08T09:00:00.000Z", note: "Recanvass" } });
  expect(pollInterval(isRaceSettled(retracted), msSinceChange(retracted.updatedAt, now, now + 1_000), INTERVAL)).toBe(INTERVAL);
  // Called again at once: the page saw the change, so it keeps watching closely for a while.
  expect(pollInterval(isRaceSettled(calledLongAgo), msSinceChange(calledLongAgo.updatedAt, now, now + MINUTE), INTERVAL)).toBe(INTERVAL);
});

test("a new call is announced in the badge's words; a retraction says so; no change says nothing", () => {
  const open = districtFive();
  const won = districtFive({ call: { status: "called", winners: ["archibong"] } });
  const close = districtFive({ call: { status: "too_close" } });
  expect(callChangeAnnouncement(open, won)).toBe("Natalyn Archibong wins");
  expect(callChangeAnnouncement(open, close)).toBe("Too close to call");
  expect(callChangeAnnouncement(won, open)).toBe("Call retracted: not yet called");
  expect(callChangeAnnouncement(close, open)).toBe("Call retracted: not yet called");
  const retracted = districtFive({ call: { status: "uncalled", retractedAt: "2017-11-08T04:42:00.000Z", note: "Recanvass under way" } });
  expect(callChangeAnnouncement(won, retracted)).toBe("Call retracted: Recanvass under way");
  expect(callChangeAnnouncement(open, districtFive())).toBeNull();
  expect(callChangeAnnouncement(won, districtFive({ call: { status: "called", winners: ["archibong"] } }))).toBeNull();
  expect(callChangeAnnouncement(won, districtFive({ call: { status: "called", winners: ["bakhtiari"] } }))).toBe("Liliana Bakhtiari wins");
});

test("a list announces each race whose call changed, by name, and nothing when none did", () => {
  const open = districtFive();
  const won = districtFive({ call: { status: "called", winners: ["archibong"] } });
  const other = { ...districtFive({ seat: "District 6" }), slug: "district-6" };
  expect(raceListAnnouncement([open, other], [won, other])).toBe("Atlanta City Council, District 5: Natalyn Archibong wins");
  expect(raceListAnnouncement([open, other], [open, other])).toBeNull();
  expect(raceListAnnouncement([], [won])).toBeNull();
});
