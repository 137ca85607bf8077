import "server-only";
// The race map as plain data for an SVG drawn on the server: one projected path per unit that has a
// shape, its leader's colour and shade (lib/domain/map-shading.ts) and the sentence that labels it.
// The browser gets only the finished markup: no map library, no script. Null when no unit has a
// shape, so the page shows no map rather than an empty frame.
import { geoArea, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection } from "geojson";
import { candidatePaletteEntry } from "@/lib/domain/candidate-palette";
import { shadeUnit, unitMapLabel, type UnitShade } from "@/lib/domain/map-shading";
import type { RaceResult } from "@/lib/domain/race-result";
import type { UnitGeometry } from "./county-shapes";

export const MAP_WIDTH = 480;

export interface RaceMapUnit {
  slug: string;
  name: string;
  path: string;
  /** The leader's colour as a custom property name (light and dark in app/globals.css), or null for none. */
  color: string | null;
  shade: UnitShade["kind"];
  step: number;
  label: string;
}

export interface RaceMapCandidate {
  slug: string;
  name: string;
  color: string;
}

export interface RaceMap {
  width: number;
  /** Where the drawn shapes start and how tall they are, in the map's units. */
  top: number;
  height: number;
  units: RaceMapUnit[];
  /** Names of the units without a shape, which the map cannot show. */
  missing: string[];
  /** Candidates who lead somewhere on the map, for the legend, in ballot order. */
  leaders: RaceMapCandidate[];
  hasTie: boolean;
  hasNoVotes: boolean;
  /** Shapes from a made-up layer (the demo's districts): the caption says the boundaries are illustrative. */
  illustrative: boolean;
}

// d3 draws on a sphere and reads a ring's winding to tell its inside: GeoJSON files written to the
// RFC's right-hand rule wind the other way, which d3 takes for "the whole globe but this county".
// A polygon larger than a hemisphere is such a one, so its rings are turned round.
function windForD3(geometry: UnitGeometry): UnitGeometry {
  const fix = (rings: number[][][]) => (geoArea({ type: "Polygon", coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings);
  return geometry.type === "Polygon" ? { type: "Polygon", coordinates: fix(geometry.coordinates) } : { type: "MultiPolygon", coordinates: geometry.coordinates.map(fix) };
}

/**
 * The shapes of a race's units, projected and fitted to the map's width: what changes only with the
 * units and the layer, never with a count, so a reader page keeps it while the colours move.
 */
export interface RaceMapDrawing {
  top: number;
  height: number;
  /** The SVG path of each unit that has a shape, by unit slug, in the race's unit order. */
  paths: [slug: string, path: string][];
  illustrative: boolean;
}

/** Draws the units that `shapes` (keyed by unit slug) has, fitted to the map's width; null when none. */
export function drawRaceShapes(units: readonly { slug: string }[], shapes: ReadonlyMap<string, UnitGeometry>, options: { illustrative?: boolean } = {}): RaceMapDrawing | null {
  const drawn = units.filter((u) => shapes.has(u.slug));
  if (drawn.length === 0) return null;
  const features: Feature<UnitGeometry, { slug: string }>[] = drawn.map((u) => ({ type: "Feature", properties: { slug: u.slug }, geometry: windForD3(shapes.get(u.slug)!) }));
  const collection: FeatureCollection<UnitGeometry> = { type: "FeatureCollection", features };

  // Fit the width first; a tall place is fitted to a square instead, so it never runs off a phone.
  const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
  if (geoPath(projection).bounds(collection)[1][1] > MAP_WIDTH) projection.fitSize([MAP_WIDTH, MAP_WIDTH], collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const path = geoPath(projection).digits(1);
  return {
    top: Math.floor(top),
    height: Math.ceil(bottom - Math.floor(top)),
    paths: features.map((f) => [f.properties.slug, path(f) ?? ""]),
    illustrative: options.illustrative ?? false,
  };
}

/** The map of `race` as it counts now: each drawn unit in its leader's colour and shade, labelled. */
export function colourRaceMap(race: RaceResult, drawing: RaceMapDrawing): RaceMap {
  const pathOf = new Map(drawing.paths);
  const drawn = race.units.filter((u) => pathOf.has(u.slug));
  // A withdrawn candidate keeps their votes but never leads (lib/domain/race-result.ts): not on the map either.
  const candidates = race.candidates.filter((c) => !c.withdrawn).sort((a, b) => a.ballotOrder - b.ballotOrder);
  const colorOf = (slug: string) => {
    const c = candidates.find((x) => x.slug === slug)!;
    return candidatePaletteEntry(c.party, c.ballotOrder).name;
  };
  const shades = drawn.map((u) => shadeUnit(u.votes, candidates));
  const units = drawn.map((u, i): RaceMapUnit => {
    const shade = shades[i]!;
    return {
      slug: u.slug,
      name: u.name,
      path: pathOf.get(u.slug)!,
      color: shade.kind === "lead" ? colorOf(shade.leader) : null,
      shade: shade.kind,
      step: shade.kind === "lead" ? shade.step : 0,
      label: unitMapLabel(u.name, shade, candidates),
    };
  });
  const leading = new Set(shades.flatMap((s) => (s.kind === "lead" ? [s.leader] : [])));
  return {
    width: MAP_WIDTH,
    top: drawing.top,
    height: drawing.height,
    units,
    missing: race.units.filter((u) => !pathOf.has(u.slug)).map((u) => u.name),
    leaders: candidates.filter((c) => leading.has(c.slug)).map((c) => ({ slug: c.slug, name: c.name, color: colorOf(c.slug) })),
    hasTie: units.some((u) => u.shade === "tie"),
    hasNoVotes: units.some((u) => u.shade === "none"),
    illustrative: drawing.illustrative,
  };
}

/** Draws and colours the units of `race` that `shapes` (keyed by unit slug) has. */
export function buildRaceMap(race: RaceResult, shapes: ReadonlyMap<string, UnitGeometry>, options: { illustrative?: boolean } = {}): RaceMap | null {
  const drawing = drawRaceShapes(race.units, shapes, options);
  return drawing && colourRaceMap(race, drawing);
}
