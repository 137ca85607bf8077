import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { parseApJson } from "./ap-json";
import { parseClaritySummaryJson } from "./clarity-json";
import { parseClarityXml } from "./clarity-xml";
import type { FeedFormat } from "./feed-snapshot";
import { parseOpenElectionsCsv } from "./openelections-csv";
import { parseFeed } from "./parse-feed";

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(process.cwd(), "../shared/fixtures/feeds", name)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test("each format goes to its parser", () => {
  const ap = fixture("ap/elex__20121106_ak_prez.json");
  const summary = fixture("clarity/GA_105369_v271066_summary.json");
  const bacon = fixture("clarity/elexclarity__ga_bacon_precincts_11-3.xml");
  const texas = fixture("openelections/20201103__tx__general__borden__precinct.csv");
  expect(parseFeed("ap-json", ap)).toEqual(parseApJson(text(ap)));
  expect(parseFeed("clarity-json", summary)).toEqual(parseClaritySummaryJson(text(summary)));
  expect(parseFeed("clarity-xml", bacon)).toEqual(parseClarityXml(bacon));
  expect(parseFeed("openelections-csv", texas)).toEqual(parseOpenElectionsCsv(text(texas)));
});

test("a byte-order mark is dropped; bytes that are not UTF-8 are refused with their line", () => {
  const ap = fixture("ap/elex__20121106_ak_prez.json");
  expect(parseFeed("ap-json", new Uint8Array([0xef, 0xbb, 0xbf, ...ap]))).toEqual(parseApJson(text(ap)));
  const latin1 = new TextEncoder().encode("county,office,candidate,votes\nDoña Ana,Mayor,Ann Lee,5\n").filter((byte) => byte !== 0xc3);
  expect(parseFeed("openelections-csv", latin1).problems).toEqual([
    { where: "line 2", message: "The file is not UTF-8 text: it holds bytes that are not valid UTF-8 (save or export it as UTF-8)." },
  ]);
});

test("a payload past the cap, or a format that does not exist, is refused", () => {
  expect(parseFeed("ap-json", new Uint8Array(2_001), 2_000).problems).toEqual([
    { where: "the file", message: "The file is 2,001 bytes, more than the 2,000 bytes a feed may hold." },
  ]);
  expect(parseFeed("ftp-ap" as FeedFormat, new Uint8Array(1)).problems).toEqual([
    { where: "the format", message: '"ftp-ap" is not a feed format (the formats are ap-json, clarity-xml, clarity-json, openelections-csv).' },
  ]);
});
