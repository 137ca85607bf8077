import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { sumUnitVotes } from "./feed-counts";
import type { FeedRace, ParsedFeed } from "./feed-snapshot";
import { parseOpenElectionsCsv } from "./openelections-csv";

const fixture = (name: string) => readFileSync(path.resolve(process.cwd(), "../shared/fixtures/feeds/openelections", name), "utf8");
const georgia = fixture("20181106__ga__general__taliaferro__precinct.csv");
const texas = fixture("20201103__tx__general__borden__precinct.csv");
const arizona = fixture("20000222__az__primary__president.csv");
const race = (feed: ParsedFeed, key: string) => feed.races.find((entry) => entry.sourceKey === key)!;
const totals = (entry: FeedRace) => Object.fromEntries(sumUnitVotes(entry.units));
const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

test("Georgia, Taliaferro County 2018: governor Abrams 568 / Kemp 350 / Metz 3, with vote types that add up to the votes", () => {
  const feed = parseOpenElectionsCsv(georgia);
  expect(feed.problems).toEqual([]);
  expect(feed).toMatchObject({ format: "openelections-csv", isTest: false, sourceTimestamp: null, warnings: [] });
  expect(feed.races).toHaveLength(24);
  const governor = race(feed, "Governor|");
  expect(governor).toMatchObject({ office: "Governor", seat: "Statewide", seats: 1, call: null });
  expect(governor.candidates.map(({ sourceKey, name, party, ballotOrder }) => [sourceKey, name, party, ballotOrder])).toEqual([
    ["brian kemp", "Brian Kemp", "REP", 1],
    ["stacey abrams", "Stacey Abrams", "DEM", 2],
    ["ted metz", "Ted Metz", "LIB", 3],
  ]);
  expect(totals(governor)).toEqual({ "stacey abrams": 568, "brian kemp": 350, "ted metz": 3 });
  expect(governor.units.map(({ sourceKey, name, kind, precinctsTotal, precinctsReporting }) => [sourceKey, name, kind, precinctsTotal, precinctsReporting])).toEqual([
    ["Taliaferro|Sharon", "Taliaferro: Sharon", "precinct", 1, 1],
    ["Taliaferro|Crawfordville", "Taliaferro: Crawfordville", "precinct", 1, 1],
  ]);
  expect(governor.units[1]!.methods["stacey abrams"]).toEqual({ absentee_by_mail: 108, advance_in_person: 225, election_day: 122, provisional: 3 });
  for (const unit of feed.races.flatMap((entry) => entry.units)) {
    for (const [candidate, byMethod] of Object.entries(unit.methods)) expect(sum(Object.values(byMethod))).toBe(unit.votes[candidate]);
  }
});

test("Georgia's quirks: '(REP' and trailing spaces, HTML line breaks in office names, quoted commas and doubled quotes", () => {
  const feed = parseOpenElectionsCsv(georgia);
  expect(race(feed, "Attorney General|").candidates[0]).toMatchObject({ sourceKey: "chris carr", name: "Chris Carr", party: "REP" });
  expect(race(feed, "State Representative|120")).toMatchObject({ seat: "District 120" });
  expect(race(feed, "State Representative|120").candidates[1]!.name).toBe('Charles "Chuck" Hogg');
  expect(race(feed, "State School Superintendent|").candidates[1]!.name).toBe("Otha E. Thornton, Jr");
  expect(feed.races.filter((entry) => /<br/i.test(entry.office))).toEqual([]);
  expect(totals(feed.races.find((entry) => entry.office.startsWith("Constitutional Amendment #1"))!)).toEqual({ yes: 511, no: 209 });
});

test("Texas, Borden County 2020: President Trump 372; Registered Voters 499 and Ballots Cast 389 are turnout, not candidates", () => {
  const feed = parseOpenElectionsCsv(texas);
  expect(feed.problems).toEqual([]);
  expect(feed.races.map((entry) => entry.office)).toEqual(["President", "U.S. Senate", "U.S. House", "Railroad Commissioner", "State Senate", "State Representative"]);
  const president = race(feed, "President|");
  expect(totals(president)).toEqual({ "donald j. trump": 372, "joseph r. biden": 13, "jo jorgensen": 2, "howie hawkins": 1 });
  expect(president.candidates.map((candidate) => candidate.party)).toEqual(["REP", "DEM", "LBT", "GRE"]);
  expect(sum(president.units.map((unit) => unit.registeredVoters))).toBe(499);
  expect(sum(president.units.map((unit) => unit.ballotsCast))).toBe(389);
  const provisional = president.units.find((unit) => unit.sourceKey === "Borden|Provisional")!;
  expect(provisional).toMatchObject({ registeredVoters: null, ballotsCast: 4 });
  // An empty election_day cell is not reported, not zero.
  expect(provisional.methods["donald j. trump"]).toEqual({ early_voting: 2 });
});

test("the Texas file with CR-only line ends and a byte-order mark parses identically", () => {
  expect(parseOpenElectionsCsv(`\uFEFF${texas.replace(/\n/g, "\r")}`)).toEqual(parseOpenElectionsCsv(texas));
  expect(parseOpenElectionsCsv(texas.replace(/\n/g, "\r\n"))).toEqual(parseOpenElectionsCsv(texas));
});

test("Arizona 2000 primary by county: 180 county rows counted once, the 12 statewide total rows checked", () => {
  const feed = parseOpenElectionsCsv(arizona);
  expect(feed.problems).toEqual([]);
  const president = race(feed, "President|");
  expect(president.units).toHaveLength(15);
  expect(president.units.every((unit) => unit.kind === "county" && unit.sourceKey === unit.name)).toBe(true);
  const votes = totals(president);
  expect(votes["john mccain"]).toBe(193_708);
  const bySide = (party: string) => sum(president.candidates.filter((candidate) => candidate.party === party).map((candidate) => votes[candidate.sourceKey]!));
  expect(bySide("REP")).toBe(322_669);
  expect(bySide("LBT")).toBe(713);
});

test("a statewide total row that disagrees with its counties is refused on its line", () => {
  const lines = arizona.split("\r\n");
  const at = lines.indexOf(",President,,REP,John McCain,193708,,,");
  expect(at).toBeGreaterThan(0);
  lines[at] = ",President,,REP,John McCain,193718,,,";
  expect(parseOpenElectionsCsv(lines.join("\r\n"))).toMatchObject({
    races: [],
    problems: [{ where: `line ${at + 1}`, message: "This total row gives John McCain 193,718 votes (President), but the county rows it totals add up to 193,708." }],
  });
});

test("precinct files' county total rows (TOTAL, Total or blank precinct) are checked, never added", () => {
  const header = "county,precinct,office,district,party,candidate,votes";
  const rows = ["Borden,1A,Governor,,REP,Ann Lee,10", "Borden,1B,Governor,,REP,Ann Lee,5", "Borden,TOTAL,Governor,,REP,Ann Lee,15", "Borden,,Governor,,REP,Ann Lee,15"];
  const feed = parseOpenElectionsCsv([header, ...rows].join("\n"));
  expect(feed.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^Repeats line 4: the same total row/)]);
  const good = parseOpenElectionsCsv([header, ...rows.slice(0, 3), "Borden,Total,Registered Voters,,,,40", "Borden,1A,Registered Voters,,,,25", "Borden,1B,Registered Voters,,,,15"].join("\n"));
  expect(good.problems).toEqual([]);
  expect(totals(race(good, "Governor|"))).toEqual({ "ann lee": 15 });
  expect(race(good, "Governor|").units.map((unit) => unit.registeredVoters)).toEqual([25, 15]);
  const wrong = parseOpenElectionsCsv([header, ...rows.slice(0, 2), "Borden,Total,Governor,,REP,Ann Lee,16"].join("\n"));
  expect(wrong.problems).toEqual([
    { where: "line 4", message: "This total row gives Ann Lee 16 votes (Governor, Borden), but the precinct rows it totals add up to 15." },
  ]);
});

/** The Georgia file with line `n` (1-based) changed. */
function georgiaWith(n: number, change: (line: string) => string): string {
  const lines = georgia.split("\r\n");
  lines[n - 1] = change(lines[n - 1]!);
  return lines.join("\r\n");
}

test.each([
  ["a ragged row", georgiaWith(5, (line) => `${line},7`), { where: "line 5", message: "Has 12 fields; the header has 11." }],
  ["a duplicate row", georgiaWith(6, () => georgia.split("\r\n")[3]!), { where: "line 6", message: "Repeats line 4: the same precinct, office and candidate twice." }],
  ["fractional votes", georgiaWith(4, (line) => line.replace(",110,", ",64.5,")), { where: "line 4, column votes", message: '"64.5" is not a whole number' }],
  ["negative votes", georgiaWith(7, (line) => line.replace(",2,0,", ",-3,0,")), { where: "line 7, column votes", message: '"-3" is negative; a count is 0 or more' }],
  ["a vote type that is not a number", georgiaWith(2, (line) => line.replace(/,0$/, ",n/a")), { where: "line 2, column provisional", message: '"n/a" is not a number' }],
  ["an unclosed quote", georgiaWith(90, (line) => `"${line}`), { where: "line 90", message: "A quoted field that starts on this line is never closed: the file ends inside it." }],
  ["a stray quote", georgiaWith(10, (line) => line.replace("SARAH", 'SA"RAH')), { where: "line 10", message: expect.stringMatching(/^Not valid CSV: a quote stands inside a field/) }],
])("%s is refused with its line", (_, text, problem) => {
  expect(parseOpenElectionsCsv(text)).toMatchObject({ races: [], problems: [problem] });
});

test("headers are found by name: any case, spaces, 'vote' for votes, any order; required columns must be there", () => {
  const feed = parseOpenElectionsCsv(" County ,Candidate,OFFICE,Party,Vote,Election Day\nTravis,Ann Lee,Mayor,,7,7\nTravis,Bo Ray,Mayor,,3,\n");
  expect(feed.problems).toEqual([]);
  expect(feed.races[0]!.units).toEqual([
    expect.objectContaining({ sourceKey: "Travis", kind: "county", votes: { "ann lee": 7, "bo ray": 3 }, methods: { "ann lee": { "Election Day": 7 } } }),
  ]);
  expect(parseOpenElectionsCsv("county,precinct,office,candidate\nA,1,Mayor,Ann Lee\n").problems).toEqual([
    { where: "line 1", message: "The header has no votes column (it has county, precinct, office, candidate)." },
  ]);
  expect(parseOpenElectionsCsv("").problems[0]!.message).toBe("The file is empty: it has no header and no rows.");
});

test("Georgia's 'Voters' office with Registered and Ballots Cast candidates is turnout for every race", () => {
  const feed = parseOpenElectionsCsv(
    ["county,precinct,office,district,party,candidate,votes", "Bacon,Douglas,Voters,,,Registered,6720", "Bacon,Douglas,Voters,,,Ballots Cast,4680", "Bacon,Douglas,President,,,Over Votes,0", "Bacon,Douglas,President,,REP,Donald J. Trump,4018"].join("\n"),
  );
  expect(feed.problems).toEqual([]);
  expect(feed.races).toHaveLength(1);
  expect(feed.races[0]!.candidates.map((candidate) => candidate.name)).toEqual(["Donald J. Trump"]);
  expect(feed.races[0]!.units[0]).toMatchObject({ registeredVoters: 6720, ballotsCast: 4680 });
});

test("any order of the rows gives the same races, totals and turnout", () => {
  for (const file of [texas, arizona]) {
    const [header, ...rows] = file.split(/\r?\n/).filter((line) => line !== "");
    const expected = parseOpenElectionsCsv(file);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        const feed = parseOpenElectionsCsv([header, ...shuffled].join("\n"));
        expect(feed.problems).toEqual([]);
        const summary = (parsed: ParsedFeed) =>
          Object.fromEntries(
            parsed.races.map((entry) => [entry.sourceKey, { votes: totals(entry), ballots: sum(entry.units.map((unit) => unit.ballotsCast)), units: entry.units.length }]),
          );
        expect(summary(feed)).toEqual(summary(expected));
      }),
      { numRuns: 25 },
    );
  }
});
