// An election's uploaded map layer: the shapes of its precincts or districts, as a GeoJSON or
// TopoJSON file an editor sends, and one feature property that names the unit each shape is. The
// file is checked whole before anything is kept (parseable, polygons only, the property on every
// feature) and reduced to what the maps draw: polygons and that one property. Units are matched to
// features by name or slug, whatever the case, so "DISTRICT 1", "district-1" and "District 1" agree.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { Topology } from "topojson-specification";

export const MAX_MAP_LAYER_BYTES = 5 * 1024 * 1024;
export const MAX_MAP_LAYER_FEATURES = 5_000;

export type LayerGeometry = Polygon | MultiPolygon;
export type LayerFeature = Feature<LayerGeometry, Record<string, string>>;

export type ParsedMapLayer = { ok: true; features: LayerFeature[] } | { ok: false; message: string };

const refuse = (message: string): ParsedMapLayer => ({ ok: false, message });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The features of a GeoJSON FeatureCollection (or one Feature), or of every object of a TopoJSON topology. */
function featuresOf(json: unknown): unknown[] | null {
  if (!isRecord(json)) return null;
  if (json.type === "FeatureCollection" && Array.isArray(json.features)) return json.features;
  if (json.type === "Feature") return [json];
  if (json.type === "Topology" && isRecord(json.objects) && Array.isArray(json.arcs)) {
    const topology = json as unknown as Topology;
    return Object.values(topology.objects).flatMap((object) => {
      const converted = topoFeature(topology, object) as FeatureCollection | Feature;
      return converted.type === "FeatureCollection" ? converted.features : [converted];
    });
  }
  return null;
}

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === "number" && Number.isFinite(n));
const isRing = (ring: unknown) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition);
const isPolygon = (rings: unknown) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing);

function polygonOf(geometry: unknown): LayerGeometry | null {
  if (!isRecord(geometry)) return null;
  if (geometry.type === "Polygon" && isPolygon(geometry.coordinates)) return { type: "Polygon", coordinates: geometry.coordinates as Polygon["coordinates"] };
  if (geometry.type === "MultiPolygon" && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0 && geometry.coordinates.every(isPolygon)) {
    return { type: "MultiPolygon", coordinates: geometry.coordinates as MultiPolygon["coordinates"] };
  }
  return null;
}

const plural = (n: number, one: string) => `${n.toLocaleString("en-US")} ${one}${n === 1 ? "" : "s"}`;

/** Checks an uploaded file and keeps, of each feature, its polygons and the property naming its unit. */
export function parseMapLayer(text: string, property: string): ParsedMapLayer {
  if (new TextEncoder().encode(text).length > MAX_MAP_LAYER_BYTES) return refuse(`The file is larger than ${MAX_MAP_LAYER_BYTES / 1024 / 1024} MB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse("The file is not JSON: upload a GeoJSON or TopoJSON file.");
  }
  let raw: unknown[] | null;
  try {
    raw = featuresOf(json);
  } catch {
    raw = null;
  }
  if (!raw) return refuse("The file is neither a GeoJSON FeatureCollection nor a TopoJSON topology.");
  if (raw.length === 0) return refuse("The file has no features.");
  if (raw.length > MAX_MAP_LAYER_FEATURES) return refuse(`The file has ${plural(raw.length, "feature")}; at most ${MAX_MAP_LAYER_FEATURES.toLocaleString("en-US")} are taken.`);

  const features: LayerFeature[] = [];
  const notPolygons: number[] = [];
  const unnamed: number[] = [];
  raw.forEach((item, index) => {
    const geometry = isRecord(item) ? polygonOf(item.geometry) : null;
    const value = isRecord(item) && isRecord(item.properties) ? item.properties[property] : undefined;
    if (!geometry) notPolygons.push(index + 1);
    else if ((typeof value !== "string" && typeof value !== "number") || String(value).trim() === "") unnamed.push(index + 1);
    else features.push({ type: "Feature", properties: { [property]: String(value).trim() }, geometry });
  });
  const some = (list: number[]) => `${list.slice(0, 5).join(", ")}${list.length > 5 ? ", …" : ""}`;
  if (notPolygons.length > 0) return refuse(`Only Polygon and MultiPolygon shapes can be mapped: ${plural(notPolygons.length, "feature")} (number ${some(notPolygons)}) are not.`);
  if (unnamed.length > 0) return refuse(`The property "${property}" is missing or empty on ${plural(unnamed.length, "feature")} (number ${some(unnamed)}).`);
  return { ok: true, features };
}

/** The layer as it is stored: a GeoJSON FeatureCollection of the checked features. */
export function storedLayerText(features: readonly LayerFeature[]): string {
  return JSON.stringify({ type: "FeatureCollection", features });
}

const key = (text: string) => text.trim().toLowerCase();

export interface LayerMatch {
  /** Each matched unit's shape, by unit slug. */
  shapes: Map<string, LayerGeometry>;
  unmatchedUnits: string[];
  /** Property values no unit has. */
  unmatchedFeatures: string[];
}

/** Which units the layer has a shape for: the property's value equals the unit's name or slug, case aside. */
export function matchLayerUnits(features: readonly LayerFeature[], property: string, units: readonly { slug: string; name: string }[]): LayerMatch {
  const byKey = new Map(features.map((f) => [key(f.properties[property] ?? ""), f]));
  const shapes = new Map<string, LayerGeometry>();
  const used = new Set<LayerFeature>();
  const unmatchedUnits: string[] = [];
  for (const unit of units) {
    const found = byKey.get(key(unit.name)) ?? byKey.get(key(unit.slug));
    if (found) {
      shapes.set(unit.slug, found.geometry);
      used.add(found);
    } else unmatchedUnits.push(unit.name);
  }
  const unmatchedFeatures = features.filter((f) => !used.has(f)).map((f) => f.properties[property] ?? "");
  return { shapes, unmatchedUnits, unmatchedFeatures };
}
