// The cache contract's pieces that others derive from: the page paths the front door answers are the
// ones the page cache knows by Next's tags, and If-None-Match is read one way everywhere.
import { expect, test } from "vitest";
import { CACHED_PAGE, etagMatches, JSON_KEYS, JSON_ROUTES, PAGE_SECTION_TAG } from "./contract.cjs";

test("cached reader pages: their section names the reader tag their invalidation comes through", () => {
  expect(["/races/d5", "/embed/races/d5", "/elections/atl", "/stories/s"].map((path) => CACHED_PAGE.exec(path)?.slice(1))).toEqual([
    ["races", "d5"],
    ["embed/races", "d5"],
    ["elections", "atl"],
    ["stories", "s"],
  ]);
  expect(["/", "/races", "/races/d5/opengraph-image", "/embedded/races/d5", "/newsroom/races/d5"].some((path) => CACHED_PAGE.test(path))).toBe(false);
  expect(Object.entries(PAGE_SECTION_TAG).map(([section, tag]) => [section, tag("x")])).toEqual([
    ["races", "race:x"],
    ["embed/races", "race:x"],
    ["elections", "election:x"],
    ["stories", "story:x"],
  ]);
});

test("each public JSON route names the read-cache key its body is kept under", () => {
  const keyFor = (path: string) => JSON_ROUTES.flatMap((route) => (route.path.test(path) ? [route.key(route.path.exec(path)![1]!)] : []));
  expect(keyFor("/api/v1/races/d5")).toEqual([JSON_KEYS.race("d5")]);
  expect(keyFor("/api/v1/races/d5/history")).toEqual([JSON_KEYS.raceHistory("d5")]);
  expect(keyFor("/api/v1/elections/atl")).toEqual([JSON_KEYS.election("atl")]);
  expect(keyFor("/api/v1/races/d5/units/fulton")).toEqual([]);
});

test("If-None-Match: *, a list, weak or strong; nothing else", () => {
  expect(etagMatches("*", '"a"')).toBe(true);
  expect(etagMatches(' "b", W/"a" ', '"a"')).toBe(true);
  expect(etagMatches('"a"', 'W/"a"')).toBe(true);
  expect(etagMatches('"b"', '"a"')).toBe(false);
  expect(etagMatches(null, '"a"')).toBe(false);
  expect(etagMatches("", '"a"')).toBe(false);
});
