import { MAX_MAP_LAYER_BYTES } from "@/lib/domain/map-layer";
import { removeElectionMapLayer, setElectionMapLayer } from "@/lib/server/commands/election-map-layer";
import { readLimitedBytes } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** Body: the GeoJSON or TopoJSON file itself. Query: `property`, the feature property naming each unit. */
export async function PUT(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const property = new URL(request.url).searchParams.get("property");
    return Response.json(await setElectionMapLayer(actor, slug, property, () => readLimitedBytes(request, MAX_MAP_LAYER_BYTES)));
  });
}

export async function DELETE(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await removeElectionMapLayer(actor, slug)));
}
