import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { getMapLayerElection } from "@/lib/server/queries/map-layers";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { MapLayerForm } from "./map-layer-form";

export const dynamic = "force-dynamic";

/** Next's limit on a server action's body (1 MB, kept: see next.config.js), less room for the other fields. */
const MAX_UPLOAD_BYTES = 1_000_000;

interface MapLayerPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: MapLayerPageProps): Promise<Metadata> {
  const { slug } = await params;
  const election = await readIfAllowed((actor) => getMapLayerElection(actor, slug));
  return { title: election ? `Map layer: ${election.name}` : "Election not found" };
}

export default async function MapLayerPage({ params }: MapLayerPageProps) {
  return withDeskAccess("election:setup", async (actor) => {
    const election = await getMapLayerElection(actor, (await params).slug);
    if (!election) notFound();
    const { layer } = election;
    return (
      <>
        <p className="kicker">
          <Link href={`/newsroom/elections/${election.slug}`}>{election.name}</Link> · {election.date}
        </p>
        <h1>Map layer</h1>
        <p>
          The race maps draw county units with the Census county shapes, by FIPS code. Precincts and districts need their shapes from you: a GeoJSON
          FeatureCollection or a TopoJSON file of Polygon and MultiPolygon features, with a property whose value is each unit&apos;s name or slug. A race
          whose units have no shapes shows no map; one with some shows those and says how many are left out.
        </p>
        <p className="small muted">
          {election.unitsWithoutFips === 0
            ? "Every unit of this election has a county FIPS code (or there are no units yet)."
            : `${election.unitsWithoutFips} ${election.unitsWithoutFips === 1 ? "unit has" : "units have"} no county FIPS code and can be drawn only from a layer.`}{" "}
          {layer
            ? `Current layer: ${layer.featureCount} shapes named by “${layer.property}”${layer.illustrative ? " (illustrative)" : ""}, uploaded by ${layer.uploadedByLabel} at ${formatDateTime(layer.uploadedAt, env.DISPLAY_TIME_ZONE)}. A new file replaces it.`
            : "No layer yet."}
        </p>
        <MapLayerForm electionSlug={election.slug} hasLayer={layer !== null} maxBytes={MAX_UPLOAD_BYTES} />
      </>
    );
  });
}
