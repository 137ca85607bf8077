import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseApJson } from "./ap-json";
import { sumUnitVotes } from "./feed-counts";
import type { FeedRace, ParsedFeed } from "./feed-snapshot";

const fixture = (name: string) => readFileSync(path.resolve(process.cwd(), "../shared/fixtures/feeds/ap", name), "utf8");
const race = (feed: ParsedFeed, key: string) => feed.races.find((entry) => entry.sourceKey === key)!;
const totals = (entry: FeedRace) => Object.fromEntries(sumUnitVotes(entry.units));
const national = fixture("elex__20151103_national.json");

test("Kentucky governor 2015: 120 county units that add up to AP's state total, and AP's call for Bevin", () => {
  const feed = parseApJson(national);
  expect(feed.problems).toEqual([]);
  expect(feed).toMatchObject({
    format: "ap-json",
    isTest: false,
    sourceTimestamp: "2015-11-10T18:55:18.832Z",
    nextRequest: expect.stringContaining("minDateTime=2015-11-04T19"),
    isTruncated: false,
  });
  const governor = race(feed, "KY-18525");
  expect(governor).toMatchObject({ office: "Governor", seat: "Kentucky", seats: 1, isTest: false, expectedVotePct: null });
  expect(governor.candidates).toEqual([
    { sourceKey: "5266", personKey: "204", name: "Jack Conway", party: "Dem", incumbent: false, ballotOrder: 1 },
    { sourceKey: "5295", personKey: "63424", name: "Matt Bevin", party: "GOP", incumbent: false, ballotOrder: 2 },
    { sourceKey: "5296", personKey: "64511", name: "Drew Curtis", party: "Ind", incumbent: false, ballotOrder: 3 },
  ]);
  expect(governor.units).toHaveLength(120);
  expect(totals(governor)).toEqual({ "5295": 511_771, "5266": 426_944, "5296": 35_629 });
  expect(governor.units[0]).toMatchObject({ sourceKey: "subunit:18001", name: "Adair", kind: "county", fips: "21001", precinctsTotal: 16, precinctsReporting: 16 });
  expect(governor.call).toEqual({ status: "called", winners: ["5295"], at: null });
  expect(feed.warnings.filter((warning) => warning.where.includes("KY-18525"))).toEqual([]);
});

test("Colorado Proposition BB: AP's state total exceeds its 64 counties, a warning giving both differences; FIPS padded", () => {
  const feed = parseApJson(national);
  const bb = race(feed, "CO-7582");
  expect(bb).toMatchObject({ office: "Proposition", seat: "BB Retain Revenue" });
  expect(bb.candidates.map(({ name, party, ballotOrder }) => [name, party, ballotOrder])).toEqual([
    ["Yes", null, 1],
    ["No", null, 2],
  ]);
  expect(bb.units).toHaveLength(64);
  expect(totals(bb)).toEqual({ "12480": 805_617 - 4_385, "12481": 354_769 - 3_625 });
  expect(bb.units[0]).toMatchObject({ sourceKey: "subunit:6001", name: "Adams", fips: "08001" });
  expect(bb.call).toEqual({ status: "called", winners: ["12480"], at: null });
  expect(feed.warnings).toEqual([
    {
      where: "races[0] (CO-7582)",
      message:
        "AP's state total differs from the sum of its 64 units: Yes 805,617 against 801,232 (4,385 more), No 354,769 against 351,144 (3,625 more). The race's votes are the sum of the units.",
    },
  ]);
});

test("the three Jefferson County recall questions have one unit each, equal to the state total", () => {
  const feed = parseApJson(national);
  for (const key of ["CO-7583", "CO-7585", "CO-7587"]) {
    const recall = race(feed, key);
    expect(recall.units.map((unit) => unit.name)).toEqual(["Jefferson"]);
    expect(recall.office).toBe("Question");
  }
  expect(race(feed, "CO-7583").seat).toBe("Recall Williams Dist 1");
  expect(feed.races).toHaveLength(5);
});

test("an initialization answer gives races and candidates with no units; the state's name stands in for the seat", () => {
  const feed = parseApJson(fixture("elex__20151103_national_initialization.json"));
  expect(feed.problems).toEqual([]);
  expect(feed.races.map((entry) => [entry.sourceKey, entry.office, entry.seat, entry.units.length, entry.call])).toEqual([
    ["KY-18525", "Governor", "Kentucky", 0, null],
    ["MS-25002", "Governor", "Mississippi", 0, null],
  ]);
  expect(race(feed, "MS-25002").candidates.map(({ name, incumbent, ballotOrder }) => [name, incumbent, ballotOrder])).toEqual([
    ["Phil Bryant", true, 1],
    ["Robert Gray", false, 2],
    ["Shawn O'Hara", false, 3],
  ]);
});

test("Alaska 2012: the one subunit is the unit, and its FIPS code is kept", () => {
  const feed = parseApJson(fixture("elex__20121106_ak_prez.json"));
  const president = race(feed, "AK-0");
  expect(president.units.map(({ sourceKey, fips }) => [sourceKey, fips])).toEqual([["subunit:2001", "02000"]]);
  expect(totals(president)).toMatchObject({ "6018": 136_848, "6017": 102_138 });
  expect(president.call?.winners).toEqual(["6018"]);
  expect(president.candidates.find((candidate) => candidate.name === "Barack Obama")?.incumbent).toBe(true);
  expect(feed.warnings).toEqual([]);
});

test("Iowa caucus districts overlap (at large, PLEO, four CDs): the state unit stays the race's one unit", () => {
  const feed = parseApJson(fixture("elex__20160201_district_results.json"));
  expect(feed.problems).toEqual([]);
  const democrats = race(feed, "IA-16672");
  expect(democrats.units.map(({ sourceKey, kind, name }) => [sourceKey, kind, name])).toEqual([["state:IA", "state", "Iowa"]]);
  expect(totals(democrats)).toMatchObject({ "22310": 701 });
  expect(race(feed, "IA-16957").call).toMatchObject({ status: "called" });
});

test("AP's landing page (the list of election dates) is refused in plain words", () => {
  const feed = parseApJson(fixture("elex__00000000_elections.json"));
  expect(feed.races).toEqual([]);
  expect(feed.problems).toEqual([
    { where: "the file", message: "This is AP's list of election dates (the API's landing page), not one election's results: it has no races." },
  ]);
});

test("text that is not JSON is refused with the position, line and column", () => {
  const feed = parseApJson('{\n  "races": [1 2]\n}');
  expect(feed.problems).toHaveLength(1);
  expect(feed.problems[0]!.where).toBe("line 2, column 15");
  expect(feed.problems[0]!.message).toMatch(/^The file is not JSON: .* at position 16\.$/);
  expect(parseApJson("[]").problems[0]!.message).toMatch(/no "races" list/);
});

/** The Kentucky governor race with one count or flag changed. */
function kentucky(change: (race: Record<string, unknown>) => void): ParsedFeed {
  const data = JSON.parse(national) as { races: Record<string, unknown>[] };
  const governor = data.races.find((entry) => entry.raceID === "18525")!;
  change(governor);
  return parseApJson(JSON.stringify({ ...data, races: [governor] }));
}
type Unit = { candidates: Record<string, unknown>[]; reportingunitID?: string };
const unitsOf = (governor: Record<string, unknown>) => governor.reportingUnits as Unit[];

test.each([
  [12.5, "12.5 is not a whole number (candidate 5295 in races[0] (KY-18525))."],
  [-3, "-3 is negative; a count is 0 or more (candidate 5295 in races[0] (KY-18525))."],
  ["2727", '"2727" is text, not a number (candidate 5295 in races[0] (KY-18525)).'],
  [null, "null is not a number (candidate 5295 in races[0] (KY-18525))."],
])("a voteCount of %j refuses the answer", (value, message) => {
  const feed = kentucky((governor) => {
    unitsOf(governor)[1]!.candidates[0]!.voteCount = value;
  });
  expect(feed.races).toEqual([]);
  expect(feed.problems).toEqual([{ where: "races[0] (KY-18525).reportingUnits[1].candidates[0].voteCount", message }]);
});

test("a candidate twice in a unit, or a unit twice in a race, is refused", () => {
  const twice = kentucky((governor) => {
    const unit = unitsOf(governor)[5]!;
    unit.candidates.push({ ...unit.candidates[0] });
  });
  expect(twice.problems).toEqual([{ where: "races[0] (KY-18525).reportingUnits[5].candidates[3]", message: "Candidate 5295 appears twice in the list." }]);
  const sameUnit = kentucky((governor) => {
    unitsOf(governor)[7]!.reportingunitID = unitsOf(governor)[6]!.reportingunitID;
  });
  expect(sameUnit.problems).toEqual([{ where: "races[0] (KY-18525).reportingUnits[7]", message: "Unit subunit:18006 appears twice in the race." }]);
});

/** A small v3-shaped answer: one race with a state unit and two counties. */
function v3Answer(race: Record<string, unknown> = {}, candidate: Record<string, unknown> = {}) {
  const candidates = (a: number, b: number) => [
    { first: "Ann", last: "Lee", party: "Dem", candidateID: "1", polID: "0", polNum: "77", ballotOrder: 1, voteCount: a, ...candidate },
    { first: "Bo", last: "Ray", party: "GOP", candidateID: "2", polID: "88", ballotOrder: 2, voteCount: b, ...candidate },
  ];
  return JSON.stringify({
    apiVersion: "3.1",
    timestamp: "2024-11-06T03:04:05Z",
    nextrequest: "https://api.ap.org/v3/elections/2024-11-05?minDateTime=2024-11-06T03:04:05Z",
    isTruncated: true,
    races: [
      {
        test: true,
        resultsType: "t",
        raceID: "123",
        statePostal: "VT",
        officeName: "U.S. Senate",
        eevp: 87.5,
        tabulationStatus: "Active Tabulation",
        raceCallStatus: "Called",
        reportingUnits: [
          { statePostal: "VT", stateName: "Vermont", reportingunitLevel: 1, level: "state", eevp: 87.5, candidates: candidates(30, 20) },
          { reportingunitID: "5001", reportingunitName: "Addison", level: "subunit", reportingunitLevel: 2, fipsCode: "50001", eevp: 90, candidates: candidates(10, 5) },
          { reportingunitID: "5002", reportingunitName: "Bennington", level: "subunit", reportingunitLevel: 2, fipsCode: "50003", candidates: candidates(20, 15) },
        ],
        ...race,
      },
    ],
  });
}

test("v3 fields: test data, eevp, towns in New England, personKey falling back to polNum, truncation", () => {
  const feed = parseApJson(v3Answer());
  expect(feed.problems).toEqual([]);
  expect(feed).toMatchObject({ isTest: true, isTruncated: true, sourceTimestamp: "2024-11-06T03:04:05.000Z" });
  const senate = feed.races[0]!;
  expect(senate).toMatchObject({ sourceKey: "VT-123", seat: "Vermont", isTest: true, expectedVotePct: 87.5, call: null });
  expect(senate.candidates.map((candidate) => candidate.personKey)).toEqual(["77", "88"]);
  expect(senate.units.map(({ kind, expectedVotePct }) => [kind, expectedVotePct])).toEqual([
    ["town", 90],
    ["town", null],
  ]);
  expect(feed.warnings).toEqual([]);
});

test("runoff flags give a runoff call with every candidate advancing; winnerDateTime is the call's time", () => {
  const feed = parseApJson(v3Answer({}, { winner: "R", winnerDateTime: "2024-11-06T04:00:00Z" }));
  expect(feed.races[0]!.call).toEqual({ status: "runoff", winners: ["1", "2"], at: "2024-11-06T04:00:00.000Z" });
});

test("a race whose test flag contradicts its resultsType, or an answer mixing test and live races, is refused", () => {
  expect(parseApJson(v3Answer({ resultsType: "l" })).problems).toEqual([
    { where: "races[0] (VT-123)", message: 'says test: true but resultsType "l"; a race is either test or live.' },
  ]);
  const data = JSON.parse(v3Answer()) as { races: Record<string, unknown>[] };
  data.races.push({ ...data.races[0], raceID: "124", test: false, resultsType: "l" });
  expect(parseApJson(JSON.stringify(data)).problems).toEqual([
    { where: "the file", message: "The answer mixes test races (VT-123) and live races (VT-124); a snapshot is either test or live." },
  ]);
});

test("an answer with only a new nextrequest (nothing changed) is an empty update, not an error", () => {
  const feed = parseApJson(JSON.stringify({ nextrequest: "https://api.ap.org/v3/elections/2024-11-05?minDateTime=x" }));
  expect(feed).toMatchObject({ races: [], problems: [], nextRequest: "https://api.ap.org/v3/elections/2024-11-05?minDateTime=x" });
});

test("a state unit with no subunits is the race's one unit", () => {
  const data = JSON.parse(v3Answer()) as { races: { reportingUnits: unknown[] }[] };
  data.races[0]!.reportingUnits.splice(1);
  const senate = parseApJson(JSON.stringify(data)).races[0]!;
  expect(senate.units.map(({ sourceKey, kind, name }) => [sourceKey, kind, name])).toEqual([["state:VT", "state", "Vermont"]]);
  expect(totals(senate)).toEqual({ "1": 30, "2": 20 });
});

test("a party's caucus or primary says whose it is: Iowa's two caucuses do not read alike", () => {
  const feed = parseApJson(fixture("elex__20160201_district_results.json"));
  expect(feed.races.map((r) => [r.sourceKey, r.office, r.seat])).toEqual([
    ["IA-16672", "President (Dem caucus)", "Iowa"],
    ["IA-16957", "President (GOP caucus)", "Iowa"],
  ]);
  // A general election's race is named as AP names it.
  expect(parseApJson(national).races.find((r) => r.sourceKey === "KY-18525")!.office).toBe("Governor");
});
