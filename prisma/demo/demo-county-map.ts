// Demo County's three commission districts as a map layer, as an editor would upload it. Demo County
// is fictional, so are these boundaries: drawn by hand on an empty patch of map, and the race page
// says "Illustrative boundaries" under them. Rings wind counter-clockwise, as RFC 7946 asks.
import type { DemoMapLayer } from "./demo-types";

const district = (name: string, ring: [number, number][]) => ({
  type: "Feature",
  properties: { name },
  geometry: { type: "Polygon", coordinates: [ring] },
});

export const demoCountyMap: DemoMapLayer = {
  property: "name",
  illustrative: true,
  geojson: JSON.stringify({
    type: "FeatureCollection",
    features: [
      district("Commission District 1", [
        [-89.6, 39.72], [-89.33, 39.7], [-89.3, 39.86], [-89.36, 40.02], [-89.31, 40.18], [-89.58, 40.2], [-89.62, 40.0], [-89.6, 39.72],
      ]),
      district("Commission District 2", [
        [-89.36, 40.02], [-89.3, 39.86], [-89.12, 39.9], [-89.0, 39.95], [-89.02, 40.17], [-89.31, 40.18], [-89.36, 40.02],
      ]),
      district("Commission District 3", [
        [-89.33, 39.7], [-89.05, 39.68], [-89.0, 39.95], [-89.12, 39.9], [-89.3, 39.86], [-89.33, 39.7],
      ]),
    ],
  }),
};
