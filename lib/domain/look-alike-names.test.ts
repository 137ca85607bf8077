import fc from "fast-check";
import { expect, test } from "vitest";
import { lookAlikePairs, looksAlike, nameSkeletons } from "./look-alike-names";

test.each([
  ["digits for letters", "Natalyn Archibong", "Nata1yn Archib0ng"],
  ["a Cyrillic а", "Natalyn Archibong", "N\u0430talyn Archibong"],
  ["a Greek Ο and a Cyrillic І", "Oliver Ide", "\u039Fliver \u0406de"],
  ["case", "Natalyn Archibong", "NATALYN ARCHIBONG"],
  ["diacritics", "Natalyn Archibong", "Natályn Archibóng"],
  ["spaces and punctuation", "Mary-Ann O'Neil", "Maryann  ONeil."],
  ["rn for m", "Kim Lee", "Kirn Lee"],
  ["a capital I for a small l", "Liliana Bakhtiari", "LiIiana Bakhtiari"],
  ["fullwidth letters", "Ann Lee", "\uFF21nn \uFF2Cee"],
  ["a ligature and a sharp s", "Strasse Fischer", "Straße ﬁscher"],
])("%s: %s and %s look alike", (_what, a, b) => {
  expect(looksAlike(a, b)).toBe(true);
  expect(looksAlike(b, a)).toBe(true);
});

test.each([
  ["Natalyn Archibong", "Liliana Bakhtiari"],
  ["Jon Smith", "John Smith"],
  ["Cesar Ruiz", "Ceasar Ruiz"],
  ["Ann Lee", "Anne Lee"],
  ["Иван Петров", "Иван Сидоров"],
])("%s and %s are different names", (a, b) => {
  expect(looksAlike(a, b)).toBe(false);
});

test("a name with no letters or digits looks like nothing, not even another such name", () => {
  expect(nameSkeletons("— …")).toEqual(["", ""]);
  expect(looksAlike("—", "...")).toBe(false);
});

test("pairs name each later look-alike with the first one it looks like, in order", () => {
  const rows = ["Natalyn Archibong", "Liliana Bakhtiari", "Nata1yn Archib0ng", "LILIANA BAKHTIARI", "N\u0430talyn Archibong", "—", "—"].map(
    (name, index) => ({ name, index }),
  );
  expect(lookAlikePairs(rows).map(([first, second]) => [first.index, second.index])).toEqual([
    [0, 2],
    [1, 3],
    [0, 4],
  ]);
  expect(lookAlikePairs([{ name: "Natalyn Archibong" }, { name: "Liliana Bakhtiari" }])).toEqual([]);
});

const latinName = fc.stringMatching(/^[A-Z][a-z]{1,10}( [A-Z][a-z]{1,12}){1,2}$/);
// Lowercase letters and the Cyrillic or Greek letters drawn the same.
const HOMOGLYPHS: Record<string, string> = { a: "\u0430", c: "\u0441", e: "\u0435", o: "\u043E", p: "\u0440", x: "\u0445", y: "\u0443", i: "\u0456", j: "\u0458", s: "\u0455" };

test("property: case, spacing, punctuation, accents and Unicode form never change whether names look alike", () => {
  fc.assert(
    fc.property(latinName, (name) => {
      for (const variant of [
        name.toUpperCase(),
        name.toLowerCase(),
        ` ${name.replaceAll(" ", " - ")}. `,
        name.replace(/[aeiou]/, (v) => `${v}\u0301`).normalize("NFC"),
        name.normalize("NFD"),
      ]) {
        expect(looksAlike(name, variant)).toBe(true);
      }
    }),
  );
});

test("property: a name's skeleton ignores the Unicode form it was typed in", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (name) => {
      expect(nameSkeletons(name.normalize("NFC"))).toEqual(nameSkeletons(name.normalize("NFD")));
    }),
  );
});

test("property: swapping Latin letters for look-alike Cyrillic ones still looks alike", () => {
  fc.assert(
    fc.property(latinName, fc.infiniteStream(fc.boolean()), (name, swaps) => {
      const spoofed = [...name].map((c) => (c in HOMOGLYPHS && swaps.next().value ? HOMOGLYPHS[c]! : c)).join("");
      expect(looksAlike(name, spoofed)).toBe(true);
    }),
  );
});
