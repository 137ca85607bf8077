import { zipSync } from "fflate";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseClarityXml } from "./clarity-xml";
import { sumUnitVotes } from "./feed-counts";
import type { FeedRace, ParsedFeed } from "./feed-snapshot";

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(process.cwd(), "../shared/fixtures/feeds/clarity", name)));
const race = (feed: ParsedFeed, key: string) => feed.races.find((entry) => entry.sourceKey === key)!;
const totals = (entry: FeedRace) => Object.fromEntries(sumUnitVotes(entry.units));
const georgia = fixture("elexclarity__ga_counties_11-3.xml");
const bacon = fixture("elexclarity__ga_bacon_precincts_11-3.xml");
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (xml: string) => new TextEncoder().encode(xml);

test("Georgia 2020 president by county: 159 county units adding up to Trump, Biden and Jorgensen's totals", () => {
  const feed = parseClarityXml(georgia);
  expect(feed.problems).toEqual([]);
  expect(feed.warnings).toEqual([]);
  expect(feed).toMatchObject({ format: "clarity-xml", isTest: false, sourceTimestamp: "2020-11-20T20:37:06.000Z", sourceVersion: null });
  const president = race(feed, "President of the United States");
  expect(president).toMatchObject({ office: "President of the United States", seat: "Georgia", seats: 1, call: null, isTest: false });
  expect(president.candidates).toEqual([
    { sourceKey: "1", personKey: null, name: "Donald J. Trump", party: "Rep", incumbent: true, ballotOrder: 1 },
    { sourceKey: "2", personKey: null, name: "Joseph R. Biden", party: "Dem", incumbent: false, ballotOrder: 2 },
    { sourceKey: "3", personKey: null, name: "Jo Jorgensen", party: "Lib", incumbent: false, ballotOrder: 3 },
  ]);
  expect(president.units).toHaveLength(159);
  expect(totals(president)).toEqual({ "1": 2_461_837, "2": 2_474_507, "3": 62_138 });
});

test("each county keeps its four vote types as methods, adding up to its votes, and its precincts from the contest", () => {
  const president = race(parseClarityXml(georgia), "President of the United States");
  const appling = president.units[0]!;
  expect(appling).toMatchObject({ sourceKey: "Appling", name: "Appling", kind: "county", fips: null, precinctsTotal: 9, precinctsReporting: 9 });
  for (const unit of president.units) {
    for (const [candidate, byMethod] of Object.entries(unit.methods)) {
      expect(Object.keys(byMethod).sort()).toEqual(["Absentee by Mail Votes", "Advanced Voting Votes", "Election Day Votes", "Provisional Votes"]);
      expect(Object.values(byMethod).reduce((a, b) => a + b, 0)).toBe(unit.votes[candidate]);
    }
  }
});

test("State Senate District 1 splits into office and seat, with the three counties' precincts in that contest", () => {
  const senate = race(parseClarityXml(georgia), "State Senate District 1");
  expect(senate).toMatchObject({ office: "State Senate", seat: "District 1" });
  expect(senate.units.map(({ name, precinctsTotal }) => [name, precinctsTotal])).toEqual([
    ["Bryan", 10],
    ["Chatham", 30],
    ["Liberty", 11],
  ]);
  expect(totals(senate)["35"]).toBe(72_192);
});

test("Bacon County's precinct file: President Trump 4,018 / Biden 625 / Jorgensen 25; undervotes are not candidates", () => {
  const feed = parseClarityXml(bacon);
  expect(feed.problems).toEqual([]);
  expect(feed.races).toHaveLength(20);
  expect(feed.sourceTimestamp).toBe("2020-11-05T16:39:44.000Z");
  const president = race(feed, "President of the United States");
  expect(president.seat).toBe("Bacon");
  expect(president.candidates.map((candidate) => candidate.name)).toEqual(["Donald J. Trump", "Joseph R. Biden", "Jo Jorgensen"]);
  expect(totals(president)).toEqual({ "1": 4_018, "2": 625, "3": 25 });
  expect(president.units).toEqual([
    expect.objectContaining({ sourceKey: "Douglas", kind: "precinct", precinctsTotal: 1, precinctsReporting: 1, ballotsCast: 4_680, registeredVoters: 6_720 }),
  ]);
  const perdue = race(feed, "US Senate (Perdue)");
  expect(perdue).toMatchObject({ office: "US Senate (Perdue)", seat: "Bacon" });
  expect(totals(perdue)).toEqual({ "4": 3_929, "5": 591, "6": 70 });
});

test("the same file zipped (detailxml.zip) parses the same", () => {
  expect(parseClarityXml(zipSync({ "detail.xml": georgia }))).toEqual(parseClarityXml(georgia));
  expect(parseClarityXml(zipSync({ "readme.txt": bytesOf("hi"), "reports/detail.xml": bacon }))).toEqual(parseClarityXml(bacon));
});

const zipProblem = (bytes: Uint8Array, maxBytes?: number) => {
  const feed = parseClarityXml(bytes, maxBytes);
  expect(feed.races).toEqual([]);
  expect(feed.problems).toHaveLength(1);
  return feed.problems[0]!;
};

test("a truncated zip, a corrupt one and one without detail.xml are refused", () => {
  const zip = zipSync({ "detail.xml": georgia });
  expect(zipProblem(zip.slice(0, zip.length - 40)).message).toMatch(/^The zip is truncated or corrupt \(.+\)\.$/);
  expect(zipProblem(zip.slice(0, 5_000)).message).toMatch(/^The zip is truncated or corrupt/);
  const corrupt = zip.slice();
  corrupt.fill(0x55, 200, 260);
  expect(zipProblem(corrupt).message).toMatch(/corrupt/);
  expect(zipProblem(zipSync({ "summary.json": bytesOf("[]") }))).toEqual({ where: "the zip", message: 'The zip holds no detail.xml (it holds "summary.json").' });
});

/** Sets the uncompressed size a zip declares for its entries, in the local and central headers. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const lying = zip.slice();
  const view = new DataView(lying.buffer);
  for (let at = 0; at + 4 <= lying.length; at++) {
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return lying;
}

test("a zip bomb is refused: by the size it declares, and by what it really unpacks to when it lies", () => {
  const bomb = zipSync({ "detail.xml": new Uint8Array(5_000_000) });
  expect(bomb.length).toBeLessThan(10_000);
  expect(zipProblem(bomb, 1_000_000)).toEqual({ where: "the zip", message: "detail.xml would unpack to 5,000,000 bytes, more than the 1,000,000 bytes a feed may hold." });
  expect(zipProblem(declareSize(bomb, 1_000), 1_000_000)).toEqual({
    where: "the zip",
    message: "detail.xml unpacks to more than the 1,000,000 bytes a feed may hold, though the zip declares 1,000.",
  });
  expect(zipProblem(declareSize(zipSync({ "detail.xml": bacon }), 1_000)).message).toBe(
    "detail.xml unpacks to 43,622 bytes, not the 1,000 the zip declares: the zip is corrupt.",
  );
  expect(zipProblem(georgia, 100_000).message).toBe("The file is 144,310 bytes, more than the 100,000 bytes a feed may hold.");
});

test("malformed XML is refused with its line", () => {
  const broken = text(georgia).replace("</Contest>", "</Contests>");
  expect(parseClarityXml(bytesOf(broken)).problems).toEqual([{ where: "line 2272, column 15", message: "The file is not well-formed XML: unexpected close tag." }]);
  expect(parseClarityXml(bytesOf("<html><body/></html>")).problems[0]!.message).toBe(
    "The file is XML but not a Clarity detail.xml: its root element is <html>, not <ElectionResult>.",
  );
  expect(parseClarityXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])).problems[0]!.message).toMatch(/not UTF-8/);
});

test("a choice whose totalVotes differs from its vote types is applied with a warning; bad votes are refused with the line", () => {
  const short = parseClarityXml(bytesOf(text(bacon).replace('totalVotes="4018"', 'totalVotes="4020"')));
  expect(short.problems).toEqual([]);
  expect(short.warnings).toEqual([
    { where: "line 21 (Contest key=1, Choice key=1)", message: "Donald J. Trump (I) (Rep): totalVotes 4,020 against 4,018 (2 more) summed over its vote types." },
  ]);
  const rows = parseClarityXml(bytesOf(text(bacon).replace('<Precinct name="Douglas" votes="431" />', '<Precinct name="Douglas" votes="430" />')));
  expect(rows.warnings).toEqual([
    {
      where: "line 21 (Contest key=1, Choice key=1)",
      message: "Donald J. Trump (I) (Rep): vote types differ from the sum of their rows: Election Day Votes 431 against 430 (1 more).",
    },
  ]);
  const fractional = parseClarityXml(bytesOf(text(bacon).replace('<Precinct name="Douglas" votes="431" />', '<Precinct name="Douglas" votes="43.5" />')));
  expect(fractional.problems).toEqual([{ where: "line 23", message: 'Precinct "Douglas": votes "43.5" is not a whole number.' }]);
});
