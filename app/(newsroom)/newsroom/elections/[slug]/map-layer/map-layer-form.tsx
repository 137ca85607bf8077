"use client";
// Choose a GeoJSON or TopoJSON file and the property that names each unit, and upload it; then the
// report of which units matched. The form keeps the chosen file (FileUploadForm): a refused file can
// be sent again with another property, or once fixed.
import { useActionState, useState } from "react";
import { FileUploadForm } from "../../../forms/file-upload-form";
import { removeMapLayerAction, uploadMapLayerAction, type MapLayerState } from "./actions";

const list = (names: string[]) => (names.length === 0 ? "none" : names.join(", "));

function Report({ state }: { state: MapLayerState }) {
  if (state.status !== "uploaded") return null;
  const { report } = state;
  return (
    <dl className="map-layer-report">
      <dt>Units with a shape ({report.matchedUnits.length})</dt>
      <dd>{list(report.matchedUnits)}</dd>
      <dt>Units without a shape ({report.unmatchedUnits.length})</dt>
      <dd>{list(report.unmatchedUnits)}</dd>
      <dt>Shapes that name no unit ({report.unmatchedFeatures.length})</dt>
      <dd>{list(report.unmatchedFeatures)}</dd>
    </dl>
  );
}

export function MapLayerForm({ electionSlug, hasLayer, maxBytes }: { electionSlug: string; hasLayer: boolean; maxBytes: number }) {
  const [state, action, pending] = useActionState<MapLayerState, FormData>(uploadMapLayerAction, { status: "idle" });
  const [removed, remove, removing] = useActionState<MapLayerState, FormData>(removeMapLayerAction, { status: "idle" });
  const [file, setFile] = useState<File | null>(null);
  const fields = state.status === "refused" ? state.fields : {};

  return (
    <div className="desk-panel">
      <FileUploadForm
        label="Upload a map layer"
        fileId="map-file"
        fileLabel="GeoJSON or TopoJSON file"
        accept=".json,.geojson,.topojson"
        file={file}
        onChoose={setFile}
        maxBytes={maxBytes}
        largerFiles="Send larger ones (up to 5 MB) through the API."
        fileError={fields.file}
        send={action}
        submit={(tooLarge) => (
          <button type="submit" className="primary" disabled={pending || tooLarge}>
            {pending ? "Reading the file…" : "Upload the layer"}
          </button>
        )}
      >
        <input type="hidden" name="election" value={electionSlug} />
        <label htmlFor="map-property">
          Property naming each unit
          <input id="map-property" name="property" required defaultValue="name" aria-invalid={fields.property ? true : undefined} aria-describedby="map-property-error" />
          <span id="map-property-error" className="field-error" aria-live="polite">
            {fields.property ?? "Its value must be the unit's name or slug, as the desk has it (case aside)."}
          </span>
        </label>
      </FileUploadForm>
      <p role="status" aria-live="polite" className={state.status === "uploaded" ? "saved" : state.status === "refused" ? "field-error" : undefined}>
        {state.status === "uploaded" && `Layer saved: ${state.report.featureCount} shapes, by “${state.report.property}”.`}
        {state.status === "refused" && `Not saved: ${state.message}`}
      </p>
      <Report state={state} />
      {hasLayer && (
        <form action={remove} className="unit-actions">
          <input type="hidden" name="election" value={electionSlug} />
          <button type="submit" disabled={removing}>
            Remove the layer
          </button>
          <span role="status" aria-live="polite" className={removed.status === "refused" ? "field-error" : "saved"}>
            {removed.status === "removed" && "Layer removed: the maps show county units only."}
            {removed.status === "refused" && removed.message}
          </span>
        </form>
      )}
    </div>
  );
}
