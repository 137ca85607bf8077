import { expect, test } from "vitest";
import { decidingLineWords } from "./deciding-line-words";

const board = [
  { slug: "ana-ruiz", name: "Ana Ruiz", ballotOrder: 0 },
  { slug: "chloe-nguyen", name: "Chloe Nguyen", ballotOrder: 2 },
  { slug: "david-okafor", name: "David Okafor", ballotOrder: 3 },
  { slug: "erin-walsh", name: "Erin Walsh", ballotOrder: 4 },
];

test("a three-seat race names the third seat against the fourth", () => {
  const words = decidingLineWords({ kind: "seat", above: "chloe-nguyen", below: "david-okafor", seats: 3 }, board);
  expect(words.title).toBe("The race for the last seat");
  expect(words.sentence).toBe("3 seats: the 3rd and last is between Nguyen, 3rd now, and Okafor, 4th. Above the line Nguyen holds it; below it Okafor takes it.");
  expect(words.key.map((k) => k.text)).toEqual(["Nguyen ahead", "Okafor ahead"]);
});

test("the key follows ballot order, whichever side of the line each is on", () => {
  const words = decidingLineWords({ kind: "seat", above: "erin-walsh", below: "ana-ruiz", seats: 1 }, board);
  expect(words.key.map((k) => [k.slug, k.side])).toEqual([
    ["ana-ruiz", "below"],
    ["erin-walsh", "above"],
  ]);
  expect([words.aboveLabel, words.belowLabel]).toEqual(["Walsh ahead", "Ruiz ahead"]);
});

test("a runoff race is about the second place; a leader over the threshold is against it", () => {
  const runoff = decidingLineWords({ kind: "runoff", above: "chloe-nguyen", below: "david-okafor" }, board);
  expect(runoff.title).toBe("The race for a runoff place");
  expect(runoff.sentence).toContain("between Nguyen, 2nd, and Okafor, 3rd");
  const threshold = decidingLineWords({ kind: "threshold", candidate: "ana-ruiz", thresholdPct: 50 }, board);
  expect(threshold.title).toBe("Ruiz against 50%");
  expect(threshold.key.map((k) => k.text)).toEqual(["Ruiz over 50%", "Ruiz short of 50%: runoff"]);
});
