import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseClaritySummaryJson } from "./clarity-json";

const summary = readFileSync(path.resolve(process.cwd(), "../shared/fixtures/feeds/clarity/GA_105369_v271066_summary.json"), "utf8");
const contests = () => JSON.parse(summary) as Record<string, unknown>[];

test("Georgia summary.json version 271066: President Trump 2,457,910 / Biden 2,471,955 / Jorgensen 62,058, 158 of 159 reporting", () => {
  const feed = parseClaritySummaryJson(summary, { jurisdiction: "GA" });
  expect(feed.problems).toEqual([]);
  expect(feed.warnings).toEqual([]);
  expect(feed.races).toHaveLength(298);
  const president = feed.races[0]!;
  expect(president).toMatchObject({ sourceKey: "President of the United States", office: "President of the United States", seat: "Georgia", seats: 1, call: null });
  expect(president.candidates).toEqual([
    { sourceKey: "Donald J. Trump (I) (Rep)", personKey: null, name: "Donald J. Trump", party: "Rep", incumbent: true, ballotOrder: 1 },
    { sourceKey: "Joseph R. Biden (Dem)", personKey: null, name: "Joseph R. Biden", party: "Dem", incumbent: false, ballotOrder: 2 },
    { sourceKey: "Jo Jorgensen (Lib)", personKey: null, name: "Jo Jorgensen", party: "Lib", incumbent: false, ballotOrder: 3 },
  ]);
  expect(president.units).toEqual([
    {
      sourceKey: "total",
      name: "Georgia",
      kind: "state",
      fips: null,
      precinctsTotal: 159,
      precinctsReporting: 158,
      expectedVotePct: null,
      ballotsCast: null,
      registeredVoters: null,
      votes: { "Donald J. Trump (I) (Rep)": 2_457_910, "Joseph R. Biden (Dem)": 2_471_955, "Jo Jorgensen (Lib)": 62_058 },
      methods: {},
    },
  ]);
});

test("office and seat are split as in detail.xml; a primary's party comes from P; without a jurisdiction the unit is all reporting units", () => {
  const feed = parseClaritySummaryJson(summary);
  const byKey = new Map(feed.races.map((race) => [race.sourceKey, race]));
  expect(byKey.get("US House District 2")).toMatchObject({ office: "US House", seat: "District 2" });
  expect(byKey.get("District Attorney - Alcovy")).toMatchObject({ office: "District Attorney", seat: "Alcovy" });
  expect(byKey.get("US Senate (Perdue)")).toMatchObject({ office: "US Senate (Perdue)", seat: "Statewide" });
  expect(byKey.get("State Senate District 39 - Special Democratic Primary")!.candidates[0]).toMatchObject({ name: "Zan Fort", party: "DEM" });
  expect(byKey.get("US House District 1")!.candidates[0]!.name).toBe('Earl L. "Buddy" Carter');
  expect(byKey.get("US House District 1")!.units[0]).toMatchObject({ name: "All reporting units", kind: "state", precinctsTotal: 17 });
  expect(parseClaritySummaryJson(summary, { jurisdiction: "Bacon" }).races[0]!.units[0]).toMatchObject({ name: "Bacon", kind: "county" });
});

test("counts that are not whole numbers, lists of different lengths, and a contest named twice are refused", () => {
  const data = contests();
  (data[0]!.V as unknown[])[1] = 12.5;
  (data[1]!.CH as unknown[]).pop();
  data[3]!.C = data[2]!.C;
  expect(parseClaritySummaryJson(JSON.stringify(data))).toMatchObject({
    races: [],
    problems: [
      { where: "[0] (K=5000).V[1]", message: "12.5 is not a whole number (Joseph R. Biden (Dem))." },
      { where: "[1] (K=10000)", message: "has 2 choices (CH) but 3 vote counts (V) and 3 parties (P)." },
      { where: "[3]", message: 'Two contests are named "US Senate (Loeffler) - Special".' },
    ],
  });
});

test("JSON that is not a list of contests is refused", () => {
  expect(parseClaritySummaryJson('{"C": "x"}').problems[0]!.message).toBe("The file is JSON but not a Clarity summary.json, which is a list of contests.");
  expect(parseClaritySummaryJson("[{").problems[0]!.message).toMatch(/^The file is not JSON: /);
  expect(parseClaritySummaryJson('[{"C": "Sheriff"}]').problems).toEqual([{ where: "[0]", message: "is not a contest (an object with C, CH and V)." }]);
});
