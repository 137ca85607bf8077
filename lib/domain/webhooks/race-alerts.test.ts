// The count's own alerts: announced when a state becomes true, never again while it stays true.
import { expect, test } from "vitest";
import { districtFive } from "../race-fixtures";
import { countAlertState, newlyTrue, NOTHING_ANNOUNCED, raceRef, standings } from "./race-alerts";

test("District 5 at 100% reporting is fully reported; 252 votes is outside Georgia's 0.5-point band", () => {
  expect(countAlertState(districtFive())).toEqual({ tooClose: false, fullyReported: true });
});

test("a margin inside the recount band is too close while the race is uncalled; a call, too close included, says it instead", () => {
  const close = { recountBand: 5 };
  expect(countAlertState(districtFive(close)).tooClose).toBe(true);
  expect(countAlertState(districtFive({ ...close, call: { status: "called", winners: ["archibong"] } })).tooClose).toBe(false);
  expect(countAlertState(districtFive({ ...close, call: { status: "too_close" } })).tooClose).toBe(false);
  const tie = districtFive({ candidates: [{ name: "Natalyn Archibong", votes: [10, 0] }, { name: "Liliana Bakhtiari", votes: [0, 10] }] });
  expect(countAlertState(tie).tooClose).toBe(true);
});

test("a race with precincts out, or with no votes, is not fully reported", () => {
  expect(countAlertState(districtFive({ precincts: [[24, 25], [6, 6]] })).fullyReported).toBe(false);
  const empty = districtFive({ candidates: [{ name: "Natalyn Archibong", votes: [0, 0] }, { name: "Liliana Bakhtiari", votes: [0, 0] }] });
  expect(countAlertState(empty)).toEqual({ tooClose: false, fullyReported: false });
});

test("only a state that was false and is now true is announced", () => {
  expect(newlyTrue(NOTHING_ANNOUNCED, { tooClose: true, fullyReported: true })).toEqual(["race.too_close", "race.fully_reported"]);
  expect(newlyTrue({ tooClose: true, fullyReported: false }, { tooClose: true, fullyReported: true })).toEqual(["race.fully_reported"]);
  expect(newlyTrue({ tooClose: true, fullyReported: true }, { tooClose: false, fullyReported: true })).toEqual([]);
});

test("an event names the race as a sentence would, with its reader page, and the standings most votes first", () => {
  const race = districtFive();
  expect(raceRef(race, "https://results.example")).toEqual({
    slug: "race",
    name: "District 5",
    office: "Atlanta City Council",
    seat: "District 5",
    election: "test",
    url: "https://results.example/races/race",
  });
  expect(standings(race)).toEqual([
    { slug: "archibong", name: "Natalyn Archibong", votes: 5_010 },
    { slug: "bakhtiari", name: "Liliana Bakhtiari", votes: 4_758 },
  ]);
});
