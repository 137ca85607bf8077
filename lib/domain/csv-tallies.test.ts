import { expect, test } from "vitest";
import { importOptionsSchema, isBlankRecord, readCount, readHeader, readTallyRow, type ImportHeader } from "./csv-tallies";
import { MAX_COUNT } from "./unit-tally";

function header(...names: string[]): ImportHeader {
  const read = readHeader({ line: 1, fields: names });
  if (!("header" in read)) throw new Error(JSON.stringify(read.problems));
  return read.header;
}

const FULL = header("race", "unit", "candidate", "votes", "precincts_reporting", "precincts_total", "ballots_cast");
const row = (line: number, ...fields: string[]) => readTallyRow({ line, fields }, FULL);

test("header names are matched ignoring case, spaces, hyphens and camelCase, in any order", () => {
  const mapped = header(" Votes ", "RACE", "Unit", "candidate", "Precincts Reporting", "precincts-total", "ballotsCast");
  expect(mapped.index).toEqual({ votes: 0, race: 1, unit: 2, candidate: 3, precincts_reporting: 4, precincts_total: 5, ballots_cast: 6 });
  expect(mapped.width).toBe(7);
});

test("a header without a required column, with an unknown column or with a column twice is refused on line 1", () => {
  expect(readHeader({ line: 1, fields: ["race", "unit", "candidate"] })).toEqual({
    problems: [{ line: 1, column: "votes", message: "The header has no votes column." }],
  });
  const read = readHeader({ line: 2, fields: ["race", "unit", "candidate", "votes", "notes", "Votes"] });
  expect("problems" in read && read.problems.map((p) => [p.line, p.column])).toEqual([
    [2, "notes"],
    [2, "votes"],
  ]);
});

test("a row becomes a typed record; optional columns left blank are not given", () => {
  expect(row(2, " atlanta-2017-council-district-5 ", "fulton", "natalyn-archibong", "3,412", "22", "", "")).toEqual({
    row: { line: 2, race: "atlanta-2017-council-district-5", unit: "fulton", candidate: "natalyn-archibong", votes: 3412, precinctsReporting: 22 },
    problems: [],
  });
});

test.each([
  ["abc", "is not a number"],
  ["-5", "is negative"],
  ["12.5", "is not a whole number"],
  ["1e3", "not written as a whole number in digits"],
  ["1,23", "is not a number"],
  [String(MAX_COUNT + 1), "too large to be a real count of votes"],
])("votes %j are refused with the line and column", (votes, words) => {
  const { problems } = row(7, "r", "u", "c", votes, "", "", "");
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: 7, column: "votes" });
  expect(problems[0]!.message).toContain(words);
});

test("every problem of a row is listed, each on its column", () => {
  const { problems } = row(4, "", "u", "c", "", "x", "9", "-1");
  expect(problems.map((p) => p.column)).toEqual(["race", "votes", "precincts_reporting", "ballots_cast"]);
});

test("precincts reporting above the row's own precincts total is refused", () => {
  expect(row(3, "r", "u", "c", "1", "10", "9", "").problems).toEqual([
    { line: 3, column: "precincts_reporting", message: "10 is more than the 9 precincts in precincts_total" },
  ]);
});

test("a row with the wrong number of fields, or that is not valid CSV, is refused whole", () => {
  expect(row(5, "r", "u", "c").problems).toEqual([{ line: 5, message: "Has 3 fields; the header has 7." }]);
  expect(readTallyRow({ line: 6, fields: ["r"], problem: "text after the closing quote of a field" }, FULL)).toEqual({
    row: null,
    problems: [{ line: 6, message: "Not valid CSV: text after the closing quote of a field." }],
  });
});

test("a count may be grouped with commas but nothing else", () => {
  expect(readCount("5,010", "votes")).toEqual({ value: 5010 });
  expect(readCount(" 0 ", "votes")).toEqual({ value: 0 });
  expect(readCount("5 010", "votes")).toHaveProperty("problem");
  expect(readCount(String(MAX_COUNT), "ballots_cast")).toEqual({ value: MAX_COUNT });
});

test("blank records are skipped, a record of separators included", () => {
  expect(isBlankRecord({ line: 1, fields: [""] })).toBe(true);
  expect(isBlankRecord({ line: 1, fields: [" ", "", ""] })).toBe(true);
  expect(isBlankRecord({ line: 1, fields: ["", "x"] })).toBe(false);
});

test("options come as query flags or booleans, and default to a real, non-correcting import", () => {
  expect(importOptionsSchema.parse({})).toEqual({ dryRun: false, correction: false });
  expect(importOptionsSchema.parse({ dryRun: "1", correction: "true", other: "x" })).toEqual({ dryRun: true, correction: true });
  expect(importOptionsSchema.parse({ dryRun: "", correction: false })).toEqual({ dryRun: true, correction: false });
  expect(importOptionsSchema.safeParse({ dryRun: "maybe" }).success).toBe(false);
});
