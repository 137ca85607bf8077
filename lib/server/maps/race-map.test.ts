import { expect, test } from "vitest";
import { buildRace, districtFive } from "@/lib/domain/race-fixtures";
import { countyShapes, type UnitGeometry } from "./county-shapes";
import { buildRaceMap } from "./race-map";

// District 5's units as the fixture names them (unit-1 Fulton, unit-2 DeKalb), with their shapes.
async function districtFiveShapes(fips = ["13121", "13089"]) {
  const counties = await countyShapes(fips);
  return new Map([...counties].map(([code, shape]) => [code === "13121" ? "unit-1" : "unit-2", shape]));
}

test("the Census atlas finds Fulton and DeKalb by FIPS code, and nothing for a code it does not know", async () => {
  const shapes = await countyShapes(["13121", "13089", "99999"]);
  expect([...shapes.keys()]).toEqual(["13121", "13089"]);
  expect(shapes.get("13121")!.type).toMatch(/Polygon/);
});

test("one path per unit with a shape, in its leader's colour, labelled with the lead", async () => {
  const map = buildRaceMap(districtFive(), await districtFiveShapes())!;
  expect(map.units.map((u) => [u.slug, u.color, u.shade, u.label])).toEqual([
    ["unit-1", "candidate-1", "lead", "Unit 1: Archibong leads by 315 votes (52.4%)"],
    ["unit-2", "candidate-2", "lead", "Unit 2: Bakhtiari leads by 63 votes (51.0%)"],
  ]);
  for (const unit of map.units) expect(unit.path).toMatch(/^M[\d.]+,[\d.]+L.*Z$/);
  // Fitted to the width, and no taller than it: both counties are inside the picture.
  expect(map.width).toBe(480);
  expect(map.height).toBeGreaterThan(100);
  expect(map.height).toBeLessThanOrEqual(480);
  expect(map.leaders.map((c) => c.slug)).toEqual(["archibong", "bakhtiari"]);
  expect(map.missing).toEqual([]);
});

test("a withdrawn candidate leads no unit on the map, as on the page", async () => {
  const race = districtFive();
  const withdrawn = { ...race, candidates: race.candidates.map((c) => ({ ...c, withdrawn: c.slug === "bakhtiari" })) };
  const map = buildRaceMap(withdrawn, await districtFiveShapes())!;
  expect(map.units.map((u) => u.label)).toEqual(["Unit 1: Archibong leads by 3,402 votes (52.4%)", "Unit 2: Archibong leads by 1,608 votes (49.0%)"]);
  expect(map.leaders.map((c) => c.slug)).toEqual(["archibong"]);
});

test("a unit without a shape is not drawn but named as missing; no shapes at all is no map", async () => {
  const race = districtFive();
  const map = buildRaceMap(race, await districtFiveShapes(["13121"]))!;
  expect(map.units.map((u) => u.slug)).toEqual(["unit-1"]);
  expect(map.missing).toEqual(["Unit 2"]);
  expect(map.leaders.map((c) => c.slug)).toEqual(["archibong"]);
  expect(buildRaceMap(race, await districtFiveShapes(["99999"]))).toBeNull();
  expect(buildRaceMap(race, new Map())).toBeNull();
});

test("a unit with no votes has no colour; an uploaded square drawn right-hand-rule is drawn, not the whole globe", () => {
  const race = buildRace({ candidates: [{ name: "Ann Able", votes: [0] }, { name: "Bo Baker", votes: [0] }] });
  // Counter-clockwise, as RFC 7946 asks: d3 would take it for everything outside the square.
  const square: UnitGeometry = { type: "Polygon", coordinates: [[[-84.4, 33.7], [-84.3, 33.7], [-84.3, 33.8], [-84.4, 33.8], [-84.4, 33.7]]] };
  const map = buildRaceMap(race, new Map([["unit-1", square]]))!;
  expect(map.units[0]).toMatchObject({ color: null, shade: "none", label: "Unit 1: no votes reported yet" });
  expect(map.hasNoVotes).toBe(true);
  expect(map.leaders).toEqual([]);
  // A small square, a little taller than wide on the Mercator map, fitted to the square frame.
  expect(map.units[0]!.path).toBe("M40.4,480L40.4,0L439.6,0L439.6,480Z");
  expect([map.top, map.height]).toEqual([0, 480]);
});
