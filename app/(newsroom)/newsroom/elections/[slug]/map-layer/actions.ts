"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { removeElectionMapLayer, setElectionMapLayer, type MapLayerReport } from "@/lib/server/commands/election-map-layer";
import { text } from "../../../forms/form-data";
import { formStateOf } from "../../../forms/form-refusal";

export type MapLayerState =
  | { status: "idle" }
  | { status: "uploaded"; report: MapLayerReport }
  | { status: "removed" }
  | { status: "refused"; message: string; fields: Record<string, string> };

/** The desk's map layer upload: the same command as `PUT /api/v1/elections/{slug}/map-layer`. */
export async function uploadMapLayerAction(_previous: MapLayerState, form: FormData): Promise<MapLayerState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "refused", message: "Choose the GeoJSON or TopoJSON file.", fields: { file: "Choose a file." } };
  const electionSlug = text(form, "election");
  try {
    // Read once the command has checked the caller.
    const report = await setElectionMapLayer(await currentActor(), electionSlug, text(form, "property"), async () => new Uint8Array(await file.arrayBuffer()));
    revalidatePath(`/newsroom/elections/${electionSlug}/map-layer`);
    return { status: "uploaded", report };
  } catch (error) {
    const { message, fields } = formStateOf(error);
    return { status: "refused", message, fields };
  }
}

export async function removeMapLayerAction(_previous: MapLayerState, form: FormData): Promise<MapLayerState> {
  const electionSlug = text(form, "election");
  try {
    await removeElectionMapLayer(await currentActor(), electionSlug);
    revalidatePath(`/newsroom/elections/${electionSlug}/map-layer`);
    return { status: "removed" };
  } catch (error) {
    const { message, fields } = formStateOf(error);
    return { status: "refused", message, fields };
  }
}
