import fc from "fast-check";
import { expect, test } from "vitest";
import { changeWords, checkEntry, parseCount, signedChange, SUBSTANTIAL_VOTES, type EntryCheckInput } from "./entry-plausibility";

const names = { archibong: "Natalyn Archibong", bakhtiari: "Liliana Bakhtiari" };
const fulton = (typed: Partial<EntryCheckInput["typed"]>, more: Partial<EntryCheckInput> = {}): EntryCheckInput => ({
  seats: 1,
  saved: { ballotsCast: null, votes: { archibong: 2540, bakhtiari: 2720 } },
  typed: { ballotsCast: null, votes: {}, ...typed },
  names,
  ...more,
});
const codes = (input: EntryCheckInput) => checkEntry(input).map((w) => `${w.code} ${w.field}`);

test("an ordinary batch warns of nothing", () => {
  expect(checkEntry(fulton({ votes: { archibong: 3412, bakhtiari: 3500 } }))).toEqual([]);
});

test("more votes than ballots cast is warned beside the ballots", () => {
  const warnings = checkEntry(fulton({ ballotsCast: 5000 }));
  expect(warnings).toEqual([{ code: "above_ballots", field: "ballotsCast", message: "5,260 votes is more than 5,000 ballots cast allow" }]);
});

test("a race for several seats allows a vote per seat on each ballot", () => {
  expect(checkEntry(fulton({ ballotsCast: 3000 }, { seats: 2 }))).toEqual([]);
  expect(codes(fulton({ ballotsCast: 2600 }, { seats: 2 }))).toEqual(["above_ballots ballotsCast"]);
});

test("registered voters, when known, bound the ballots and the votes", () => {
  expect(codes(fulton({ ballotsCast: 6000 }, { registeredVoters: 5500 }))).toEqual(["above_registered ballotsCast"]);
  expect(codes(fulton({ votes: { archibong: 3000 } }, { registeredVoters: 5500 }))).toEqual(["above_registered total"]);
  expect(checkEntry(fulton({ ballotsCast: 5400 }, { registeredVoters: 5500 }))).toEqual([]);
});

test("a count going down is a correction", () => {
  const [warning] = checkEntry(fulton({ votes: { bakhtiari: 2700 } }));
  expect(warning).toEqual({ code: "count_down", field: "votes.bakhtiari", message: "Liliana Bakhtiari goes down from 2,720: save it as a correction" });
});

test("a share swinging beyond the threshold on a substantial count is warned on that candidate", () => {
  // 48.3% to 75.9%: a typing slip (an extra digit) more often than a real batch.
  const warnings = checkEntry(fulton({ votes: { archibong: 25400 } }));
  expect(warnings.map((w) => `${w.code} ${w.field}`)).toEqual(["share_swing votes.archibong"]);
  expect(warnings[0]!.message).toBe("Natalyn Archibong's share would move from 48.3% to 90.3%, 42.0 points in one save");
});

test("a swing of exactly the threshold, or on a small saved count, is not warned", () => {
  // 50% to 70% and 30%: twenty points, not more. Both typed candidates swing when both move that far.
  const even = { seats: 1, saved: { ballotsCast: null, votes: { a: 500, b: 500 } }, names: {} };
  expect(checkEntry({ ...even, typed: { ballotsCast: null, votes: { a: 2100, b: 900 } } })).toEqual([]);
  expect(checkEntry({ ...even, typed: { ballotsCast: null, votes: { a: 2800, b: 1000 } } }).map((w) => w.field)).toEqual(["votes.a", "votes.b"]);
  const small = { seats: 1, saved: { ballotsCast: null, votes: { a: 50, b: 50 } }, names: {} };
  expect(checkEntry({ ...small, typed: { ballotsCast: null, votes: { a: 1000 } } })).toEqual([]);
});

test("the saved numbers typed again warn of nothing, whatever they are", () => {
  const count = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.nat(100_000), { minKeys: 1 });
  fc.assert(
    fc.property(count, fc.option(fc.nat(400_000), { nil: null }), (votes, ballots) => {
      const sum = Object.values(votes).reduce((s, n) => s + n, 0);
      const ballotsCast = ballots === null ? null : Math.max(ballots, sum);
      expect(checkEntry({ seats: 1, saved: { ballotsCast, votes }, typed: { ballotsCast, votes }, names: {} })).toEqual([]);
    }),
  );
});

test("a swing needs a saved count of at least the substantial size", () => {
  const half = SUBSTANTIAL_VOTES / 2;
  const input = (a: number) => ({ seats: 1, saved: { ballotsCast: null, votes: { a, b: half } }, typed: { ballotsCast: null, votes: { a: a * 10 } }, names: {} });
  expect(checkEntry(input(half - 1))).toEqual([]);
  expect(checkEntry(input(half)).map((w) => w.code)).toEqual(["share_swing"]);
});

test.each([
  ["1,300", 1300],
  [" 42 ", 42],
  ["0", 0],
  ["", null],
  ["-5", null],
  ["1.5", null],
  ["twelve", null],
])("parseCount(%j) is %j", (text, count) => {
  expect(parseCount(text)).toBe(count);
});

test("changes read with a sign and in words", () => {
  expect(signedChange(38)).toBe("+38");
  expect(signedChange(-1200)).toBe("−1,200");
  expect(signedChange(0)).toBe("0");
  expect(changeWords(38, 1234)).toBe("38 more than the saved 1,234");
  expect(changeWords(-12, 1234)).toBe("12 fewer than the saved 1,234");
  expect(changeWords(0, 7)).toBe("same as the saved 7");
});
