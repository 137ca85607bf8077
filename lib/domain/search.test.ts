import fc from "fast-check";
import { expect, test } from "vitest";
import { findMatches, MAX_QUERY_LENGTH, matchScore, queryWords, searchEntry, searchWords, tidyQuery } from "./search";

const RACES = [
  { name: "Atlanta City Council, District 5", context: ["Atlanta municipal general election", "2017"] },
  { name: "Demo County Sheriff, Countywide", context: ["Demo County general election", "2026"] },
  { name: "Demo County Commission, District 1", context: ["Demo County general election", "2026"] },
  { name: "Demo County Commission, District 15", context: ["Demo County general election", "2026"] },
].map(({ name, context }) => searchEntry({ name }, name, context));

const CANDIDATES = [
  { name: "Natalyn Archibong", context: ["Democratic"] },
  { name: "Liliana Bakhtiari", context: ["Democratic"] },
  { name: "José Núñez", context: ["Independent"] },
  { name: "Marcus Bell", context: ["Democratic"] },
  { name: "Lee Marcus", context: ["Republican"] },
  { name: "Łukasz Straße", context: [] },
].map(({ name, context }) => searchEntry({ name }, name, context));

const names = (found: { name: string }[]) => found.map((item) => item.name);

test.each([
  ["Natalyn Archibong", ["natalyn", "archibong"]],
  ["José Núñez", ["jose", "nunez"]],
  ["Łukasz Straße", ["lukasz", "strasse"]],
  ["At-large (3 seats)", ["at", "large", "3", "seats"]],
  ["O'Brien", ["o", "brien"]],
  ["  ", []],
  ["Δήμος Αθηναίων", ["δημος", "αθηναιων"]],
])("searchWords(%j) is %j", (text, words) => {
  expect(searchWords(text)).toEqual(words);
});

test("the start of a name finds it, in any case and with or without accents", () => {
  expect(names(findMatches(CANDIDATES, queryWords("archib"), 10))).toEqual(["Natalyn Archibong"]);
  expect(names(findMatches(CANDIDATES, queryWords("ARCHÍBONG"), 10))).toEqual(["Natalyn Archibong"]);
  expect(names(findMatches(CANDIDATES, queryWords("nunez"), 10))).toEqual(["José Núñez"]);
  expect(names(findMatches(CANDIDATES, queryWords("Núñez"), 10))).toEqual(["José Núñez"]);
  expect(names(findMatches(CANDIDATES, queryWords("strasse"), 10))).toEqual(["Łukasz Straße"]);
});

test("every word must be found: 'district 5' finds District 5, not District 1", () => {
  expect(names(findMatches(RACES, queryWords("district 5"), 10))).toEqual(["Atlanta City Council, District 5"]);
  expect(names(findMatches(RACES, queryWords("district 1"), 10))).toEqual(["Demo County Commission, District 1", "Demo County Commission, District 15"]);
  expect(findMatches(RACES, queryWords("district 7"), 10)).toEqual([]);
});

test("a word found only in the context still finds the thing: 'sheriff 2026', 'atlanta 2017'", () => {
  expect(names(findMatches(RACES, queryWords("sheriff"), 10))).toEqual(["Demo County Sheriff, Countywide"]);
  expect(names(findMatches(RACES, queryWords("sheriff 2026"), 10))).toEqual(["Demo County Sheriff, Countywide"]);
  expect(names(findMatches(RACES, queryWords("council 2017"), 10))).toEqual(["Atlanta City Council, District 5"]);
});

test("a match in the name ranks above one in the context, and a whole word above its start", () => {
  const found = findMatches([...CANDIDATES, searchEntry({ name: "Democracy Now Party slate" }, "Democracy Now Party slate")], queryWords("democra"), 10);
  expect(found[0]!.name).toBe("Democracy Now Party slate");
  expect(names(findMatches(RACES, queryWords("district 1"), 10))[0]).toBe("Demo County Commission, District 1");
});

test("a name that begins as the query does ranks first among equals", () => {
  expect(names(findMatches(CANDIDATES, queryWords("marcus"), 10))).toEqual(["Marcus Bell", "Lee Marcus"]);
});

test("equal matches keep the order they came in, and the limit cuts the list", () => {
  const found = findMatches(RACES, queryWords("demo"), 2);
  expect(names(found)).toEqual(["Demo County Sheriff, Countywide", "Demo County Commission, District 1"]);
});

test("an empty query, or one of punctuation only, finds nothing", () => {
  expect(findMatches(RACES, queryWords(""), 10)).toEqual([]);
  expect(findMatches(RACES, queryWords(" -,. "), 10)).toEqual([]);
});

test("a query is cut to what a search box holds, and its repeated words count once", () => {
  expect(queryWords("bell bell BELL")).toEqual(["bell"]);
  expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
  expect(tidyQuery(`  ${"x".repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH - 2);
  expect(tidyQuery(["first", "second"])).toBe("first");
  expect(tidyQuery(undefined)).toBe("");
});

test("any name is found by any of its words, and by the start of each, however they are cased", () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,12}$/), { minLength: 1, maxLength: 5 }), fc.nat(), (words, pick) => {
      const entry = searchEntry(null, words.join(" "));
      if (entry.nameWords.length === 0) return;
      const word = entry.nameWords[pick % entry.nameWords.length]!;
      expect(matchScore(queryWords(word.toUpperCase()), entry)).toBeGreaterThan(0);
      expect(matchScore(queryWords(word.slice(0, 1)), entry)).toBeGreaterThan(0);
    }),
  );
});
