// The answers of the map layer endpoints (`PUT`/`DELETE /api/v1/elections/{slug}/map-layer`), as the
// OpenAPI document describes them.
import { z } from "zod";

export const mapLayerQuerySchema = z.object({ property: z.string() });

export const mapLayerReportSchema = z.strictObject({
  property: z.string().describe("The feature property that names each unit."),
  featureCount: z.number().int().describe("Polygon and MultiPolygon features kept."),
  matchedUnits: z.array(z.string()).describe("Units (without a county FIPS code) the layer has a shape for, by name."),
  unmatchedUnits: z.array(z.string()).describe("Units the layer has no shape for: their races' maps leave them out and say so."),
  unmatchedFeatures: z.array(z.string()).describe("Property values that name no unit of the election."),
});

export const mapLayerRemovedSchema = z.strictObject({ removed: z.boolean().describe("False when the election had no layer.") });
