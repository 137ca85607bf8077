import fc from "fast-check";
import { expect, test } from "vitest";
import { countDifferences, keyedRecord, readCountText, readCountValue } from "./feed-counts";
import { FeedFindings, parsedFeed } from "./feed-findings";

test.each([
  ["0", { value: 0 }],
  [" 5010 ", { value: 5010 }],
  ["5,010", { value: 5010 }],
  ["12,000,000", { value: 12_000_000 }],
  ["", { problem: "is empty" }],
  ["64.5", { problem: '"64.5" is not a whole number' }],
  ["-3", { problem: '"-3" is negative; a count is 0 or more' }],
  ["n/a", { problem: '"n/a" is not a number' }],
  ["5.0", { problem: '"5.0" is not written as a whole number in digits' }],
  ["1e3", { problem: '"1e3" is not a number' }],
  ["50,10", { problem: '"50,10" is not a number' }],
  ["99999999999999999999", { problem: '"99999999999999999999" is too large to be a count' }],
])("the text %j reads as %j", (raw, read) => {
  expect(readCountText(raw)).toEqual(read);
});

test.each([
  [7, { value: 7 }],
  [12.5, { problem: "12.5 is not a whole number" }],
  [-1, { problem: "-1 is negative; a count is 0 or more" }],
  ["7", { problem: '"7" is text, not a number' }],
  [null, { problem: "null is not a number" }],
  [undefined, { problem: "is missing" }],
  [2 ** 60, { problem: `${2 ** 60} is too large to be a count` }],
])("the JSON value %j reads as %j", (value, read) => {
  expect(readCountValue(value)).toEqual(read);
});

test("any whole count reads back, plain or grouped in thousands", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (value) => {
      expect(readCountText(String(value))).toEqual({ value });
      expect(readCountText(value.toLocaleString("en-US"))).toEqual({ value });
    }),
  );
});

test("differences name each entry that disagrees, in order", () => {
  const names = new Map([["a", "Yes"], ["b", "No"], ["c", "Maybe"]]);
  expect(countDifferences(new Map([["a", 10], ["b", 4], ["c", 1]]), new Map([["a", 7], ["b", 4], ["c", 2]]), names)).toEqual([
    "Yes 10 against 7 (3 more)",
    "Maybe 1 against 2 (1 fewer)",
  ]);
});

test("a feed's own ids are plain keys, never inherited ones", () => {
  const record = keyedRecord([["__proto__", 1], ["constructor", 2]]);
  expect(Object.keys(record)).toEqual(["__proto__", "constructor"]);
  expect(record.toString).toBeUndefined();
});

test("past a hundred problems the rest are counted, and a refused feed carries no races", () => {
  const findings = new FeedFindings();
  for (let line = 1; line <= 150; line++) findings.problem(`line ${line}`, "is wrong.");
  const feed = parsedFeed("openelections-csv", findings, [{} as never]);
  expect(feed.races).toEqual([]);
  expect(feed.problems).toHaveLength(101);
  expect(feed.problems.at(-1)).toEqual({ where: "the file", message: "…and 50 more problems not listed." });
});
