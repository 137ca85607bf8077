import "server-only";
// The shapes a race's map is drawn with: each county unit's Census shape by its FIPS code, and for
// the other units (precincts, districts) the election's uploaded layer, matched by name or slug.
import type { FeatureCollection } from "geojson";
import { matchLayerUnits, type LayerFeature } from "@/lib/domain/map-layer";
import type { RaceResult } from "@/lib/domain/race-result";
import { db } from "@/lib/server/db";
import { countyShapes, type UnitGeometry } from "@/lib/server/maps/county-shapes";
import { colourRaceMap, drawRaceShapes, type RaceMap, type RaceMapDrawing } from "@/lib/server/maps/race-map";

/** The race's units drawn from their shapes, not yet coloured: it changes with the units and the layer only. */
export async function getRaceMapDrawing(race: Pick<RaceResult, "units" | "election">): Promise<RaceMapDrawing | null> {
  const counties = await countyShapes(race.units.flatMap((u) => (u.fips ? [u.fips] : [])));
  const shapes = new Map<string, UnitGeometry>();
  for (const unit of race.units) {
    const shape = unit.fips ? counties.get(unit.fips) : undefined;
    if (shape) shapes.set(unit.slug, shape);
  }
  let illustrative = false;
  const rest = race.units.filter((u) => !shapes.has(u.slug));
  if (rest.length > 0) {
    const layer = await db.electionMapLayer.findFirst({
      where: { election: { slug: race.election.slug } },
      select: { property: true, geojson: true, illustrative: true },
    });
    if (layer) {
      const { features } = JSON.parse(layer.geojson) as FeatureCollection & { features: LayerFeature[] };
      const matched = matchLayerUnits(features, layer.property, rest).shapes;
      for (const [slug, shape] of matched) shapes.set(slug, shape);
      illustrative = layer.illustrative && matched.size > 0;
    }
  }
  return drawRaceShapes(race.units, shapes, { illustrative });
}

export async function getRaceMap(race: RaceResult): Promise<RaceMap | null> {
  const drawing = await getRaceMapDrawing(race);
  return drawing && colourRaceMap(race, drawing);
}
