"use client";
// Choose a GeoJSON or TopoJSON file and the property that names each unit, and upload it; then the
// report of which units matched. Sent by hand rather than as the form's action, which would clear
// the chosen file: a refused file can be sent again with another property, or once fixed.
import { startTransition, useActionState, useState } from "react";
import { removeMapLayerAction, uploadMapLayerAction, type MapLayerState } from "./actions";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
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
  const tooLarge = file !== null && file.size > maxBytes;
  const fields = state.status === "refused" ? state.fields : {};
  const fileError = tooLarge ? `This file is ${megabytes(file.size)}; the desk takes files up to ${megabytes(maxBytes)}. Send larger ones (up to 5 MB) through the API.` : fields.file;

  return (
    <div className="desk-panel">
      <form
        className="desk-form"
        aria-label="Upload a map layer"
        onSubmit={(event) => {
          event.preventDefault();
          if (tooLarge) return;
          const form = new FormData(event.currentTarget);
          startTransition(() => action(form));
        }}
      >
        <input type="hidden" name="election" value={electionSlug} />
        <label htmlFor="map-file">
          GeoJSON or TopoJSON file
          <input
            id="map-file"
            type="file"
            name="file"
            required
            accept=".json,.geojson,.topojson"
            aria-invalid={fileError ? true : undefined}
            aria-describedby="map-file-error"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <span id="map-file-error" className="field-error" aria-live="polite">
            {fileError}
          </span>
        </label>
        <label htmlFor="map-property">
          Property naming each unit
          <input id="map-property" name="property" required defaultValue="name" aria-invalid={fields.property ? true : undefined} aria-describedby="map-property-error" />
          <span id="map-property-error" className="field-error" aria-live="polite">
            {fields.property ?? "Its value must be the unit's name or slug, as the desk has it (case aside)."}
          </span>
        </label>
        <div className="unit-actions">
          <button type="submit" className="primary" disabled={pending || tooLarge}>
            {pending ? "Reading the file…" : "Upload the layer"}
          </button>
        </div>
      </form>
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
