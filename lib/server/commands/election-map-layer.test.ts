import { afterAll, beforeAll, expect, test } from "vitest";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { setElectionMapLayer, removeElectionMapLayer } = await import("./election-map-layer");
const { getRaceResult } = await import("@/lib/server/queries/races");
const { getRaceMap } = await import("@/lib/server/queries/race-map");

const editor: Actor = { userId: "e", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };
const DEMO = "demo-county-2026-general";
const MAYOR = "demo-county-mayor";
const file = (json: unknown) => () => Promise.resolve(new TextEncoder().encode(typeof json === "string" ? json : JSON.stringify(json)));
const square = (x: number, y: number) => [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]];
const precinct = (id: string | number, x: number, y: number, props: Record<string, unknown> = {}) => ({
  type: "Feature",
  properties: { DISTRICT: id, ...props },
  geometry: { type: "Polygon", coordinates: square(x, y) },
});

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

test("the demo's illustrative layer draws Demo County's three districts, said to be illustrative", async () => {
  const map = (await getRaceMap((await getRaceResult(MAYOR))!))!;
  expect(map.units.map((u) => u.name)).toEqual(["Commission District 1", "Commission District 2", "Commission District 3"]);
  expect(map.illustrative).toBe(true);
});

test("a GeoJSON layer: matched by slug or name whatever the case, and the report says what matched", async () => {
  const report = await setElectionMapLayer(editor, DEMO, "DISTRICT", file({
    type: "FeatureCollection",
    features: [precinct("DISTRICT-1", -89, 40), precinct("commission district 2", -88.9, 40), precinct("Ward 9", -88.8, 40)],
  }));
  expect(report).toEqual({
    property: "DISTRICT",
    featureCount: 3,
    matchedUnits: ["Commission District 1", "Commission District 2"],
    unmatchedUnits: ["Commission District 3"],
    unmatchedFeatures: ["Ward 9"],
  });
  const map = (await getRaceMap((await getRaceResult(MAYOR))!))!;
  expect(map.units.map((u) => u.slug)).toEqual(["district-1", "district-2"]);
  expect(map.missing).toEqual(["Commission District 3"]);
  // An editor's upload is real boundaries, not the demo's made-up ones.
  expect(map.illustrative).toBe(false);
  const stored = await database.client.electionMapLayer.findFirstOrThrow({ where: { election: { slug: DEMO } } });
  // Only the naming property is kept.
  expect(JSON.parse(stored.geojson).features[0].properties).toEqual({ DISTRICT: "DISTRICT-1" });
  expect(stored.uploadedByLabel).toBe("Erin Editor");
});

test("a TopoJSON layer is turned into the same shapes", async () => {
  const topology = {
    type: "Topology",
    arcs: [[[-89, 40], [-88.9, 40], [-88.9, 40.1], [-89, 40.1], [-89, 40]], [[-88.9, 40], [-88.8, 40], [-88.8, 40.1], [-88.9, 40.1], [-88.9, 40]]],
    objects: {
      districts: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", arcs: [[0]], properties: { name: "district-3" } },
          { type: "MultiPolygon", arcs: [[[1]]], properties: { name: "District-2" } },
        ],
      },
    },
  };
  const report = await setElectionMapLayer(editor, DEMO, "name", file(topology));
  expect(report.matchedUnits).toEqual(["Commission District 2", "Commission District 3"]);
  const map = (await getRaceMap((await getRaceResult(MAYOR))!))!;
  expect(map.units.map((u) => u.slug)).toEqual(["district-2", "district-3"]);
});

test("malformed files, wrong shapes, a missing property, oversize files and staff are refused, and the layer stays", async () => {
  const dump = databaseDump(database.url);
  const point = { type: "Feature", properties: { DISTRICT: 1 }, geometry: { type: "Point", coordinates: [-89, 40] } };
  const cases: [Actor | null, string, () => Promise<Uint8Array>, number, RegExp | null][] = [
    [editor, "DISTRICT", file("{ not json"), 422, /not JSON/],
    [editor, "DISTRICT", file({ type: "Feature" }), 422, /Polygon and MultiPolygon/],
    [editor, "DISTRICT", file({ hello: "world" }), 422, /neither a GeoJSON/],
    [editor, "DISTRICT", file({ type: "FeatureCollection", features: [precinct(1, -89, 40), point] }), 422, /Only Polygon and MultiPolygon shapes.*feature \(number 2\)/],
    [editor, "PRECINCT", file({ type: "FeatureCollection", features: [precinct(1, -89, 40)] }), 422, /"PRECINCT" is missing or empty on 1 feature/],
    [editor, "", file({ type: "FeatureCollection", features: [precinct(1, -89, 40)] }), 422, null],
    [editor, "DISTRICT", () => Promise.resolve(new Uint8Array(5 * 1024 * 1024 + 1).fill(32)), 413, /larger than 5 MB/],
    [{ ...editor, role: "staff" }, "DISTRICT", file({ type: "FeatureCollection", features: [precinct(1, -89, 40)] }), 403, null],
    [null, "DISTRICT", file({ type: "FeatureCollection", features: [precinct(1, -89, 40)] }), 401, null],
  ];
  for (const [actor, property, upload, status, message] of cases) {
    const error = await refusal(setElectionMapLayer(actor, DEMO, property, upload));
    expect(error.status, String(message)).toBe(status);
    if (message) expect(error.message).toMatch(message);
  }
  expect((await refusal(setElectionMapLayer(editor, "no-such-election", "x", file({})))).status).toBe(404);
  expect(databaseDump(database.url)).toEqual(dump);
});

test("removing the layer leaves Demo County's races without a map; staff may not remove it", async () => {
  expect((await refusal(removeElectionMapLayer({ ...editor, role: "staff" }, DEMO))).status).toBe(403);
  expect(await removeElectionMapLayer(editor, DEMO)).toEqual({ removed: true });
  expect(await getRaceMap((await getRaceResult(MAYOR))!)).toBeNull();
  expect(await removeElectionMapLayer(editor, DEMO)).toEqual({ removed: false });
});
