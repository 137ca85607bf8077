import "server-only";
// The Census county shapes (us-atlas, 1:10,000,000) that county units are drawn with, found by
// five-digit FIPS code. The atlas is 800 KB of TopoJSON: it is read once, on the first race map
// that needs it, and only the counties a race names are turned into shapes.
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type UnitGeometry = Polygon | MultiPolygon;

interface Atlas {
  topology: Topology;
  byFips: Map<string, GeometryCollection["geometries"][number]>;
}

let atlas: Promise<Atlas> | null = null;

async function loadAtlas(): Promise<Atlas> {
  const topology = (await import("us-atlas/counties-10m.json")).default as unknown as Topology;
  const counties = topology.objects.counties as GeometryCollection;
  return { topology, byFips: new Map(counties.geometries.map((g) => [String(g.id), g])) };
}

/** The shape of each county of `fips` that the atlas has; codes it does not know are left out. */
export async function countyShapes(fips: readonly string[]): Promise<Map<string, UnitGeometry>> {
  if (fips.length === 0) return new Map();
  atlas ??= loadAtlas().catch((error) => {
    atlas = null;
    throw error;
  });
  const { topology, byFips } = await atlas;
  const shapes = new Map<string, UnitGeometry>();
  for (const code of fips) {
    const object = byFips.get(code);
    if (!object) continue;
    const converted = feature(topology, object);
    const geometry = "geometry" in converted ? converted.geometry : null;
    if (geometry?.type === "Polygon" || geometry?.type === "MultiPolygon") shapes.set(code, geometry);
  }
  return shapes;
}
