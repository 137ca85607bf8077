import { expect, test } from "vitest";
import { NameIndex } from "./csv-tallies-names";

const races = new NameIndex([
  { slug: "atlanta-2017-council-district-5", name: "Atlanta City Council, District 5" },
  { slug: "atlanta-2021-council-district-5", name: "Atlanta City Council, District 5" },
  { slug: "demo-mayor", name: "Demo County Mayor, At large" },
]);

test("a slug or a unique name finds its race, whatever the case and spacing", () => {
  expect(races.find("demo-mayor")).toEqual({ found: { slug: "demo-mayor", name: "Demo County Mayor, At large" } });
  expect(races.find("  demo county  MAYOR, at large")).toMatchObject({ found: { slug: "demo-mayor" } });
  expect(races.find("ATLANTA-2017-council-district-5")).toMatchObject({ found: { slug: "atlanta-2017-council-district-5" } });
});

test("a name two races share is ambiguous, an unknown one unknown", () => {
  expect(races.find("Atlanta City Council, District 5")).toEqual({ problem: "ambiguous", matches: 2 });
  expect(races.find("District 5")).toEqual({ problem: "unknown", matches: 0 });
});
