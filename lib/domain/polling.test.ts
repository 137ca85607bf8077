import fc from "fast-check";
import { expect, test } from "vitest";
import { areRacesFinal, callChangeAnnouncement, isRaceFinal, MAX_BACKOFF_MS, nextPollDelay, pollOutcome, raceListAnnouncement, resumeDelay } from "./polling";
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

test("a race is final only when decided with every precinct in", () => {
  const all: [number, number][] = [[25, 25], [6, 6]];
  const some: [number, number][] = [[25, 25], [3, 6]];
  expect(isRaceFinal(districtFive({ precincts: all, call: { status: "called", winners: ["archibong"] } }))).toBe(true);
  expect(isRaceFinal(districtFive({ precincts: all, call: { status: "runoff", advancing: ["archibong", "bakhtiari"] } }))).toBe(true);
  expect(isRaceFinal(districtFive({ precincts: some, call: { status: "called", winners: ["archibong"] } }))).toBe(false);
  expect(isRaceFinal(districtFive({ precincts: all, call: { status: "too_close" } }))).toBe(false);
  expect(isRaceFinal(districtFive({ precincts: all }))).toBe(false);
});

test("a list is final when every race on it is", () => {
  const done = districtFive({ call: { status: "called", winners: ["archibong"] } });
  expect(areRacesFinal([])).toBe(true);
  expect(areRacesFinal([done, done])).toBe(true);
  expect(areRacesFinal([done, districtFive()])).toBe(false);
});

test("a new call is announced in the badge's words; a retraction says so; no change says nothing", () => {
  const open = districtFive();
  const won = districtFive({ call: { status: "called", winners: ["archibong"] } });
  const close = districtFive({ call: { status: "too_close" } });
  expect(callChangeAnnouncement(open, won)).toBe("Natalyn Archibong wins");
  expect(callChangeAnnouncement(open, close)).toBe("Too close to call");
  expect(callChangeAnnouncement(won, open)).toBe("Call retracted: not yet called");
  expect(callChangeAnnouncement(close, open)).toBe("Call retracted: not yet called");
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
