import "server-only";
// What the desk's map layer page shows of its election and the layer it has, for editors.
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface MapLayerElection {
  slug: string;
  name: string;
  date: string;
  /** Units without a county FIPS code, which only a layer can draw. */
  unitsWithoutFips: number;
  layer: { property: string; featureCount: number; illustrative: boolean; uploadedByLabel: string; uploadedAt: string } | null;
}

export async function getMapLayerElection(actor: Actor | null, slug: string): Promise<MapLayerElection | null> {
  authorize(actor, "election:setup");
  const election = await db.election.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      date: true,
      mapLayer: { select: { property: true, featureCount: true, illustrative: true, uploadedByLabel: true, uploadedAt: true } },
      races: { select: { units: { where: { fips: null }, select: { name: true } } } },
    },
  });
  if (!election) return null;
  const { mapLayer, races, date, ...rest } = election;
  return {
    ...rest,
    date: date.toISOString().slice(0, 10),
    unitsWithoutFips: new Set(races.flatMap((r) => r.units.map((u) => u.name.trim().toLowerCase()))).size,
    layer: mapLayer && { ...mapLayer, uploadedAt: mapLayer.uploadedAt.toISOString() },
  };
}
