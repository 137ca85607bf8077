"use client";
// Choose a feed file and its format (guessed from the name), check it or import it. Sent through a
// server action; the form keeps the chosen file and options whatever the answer (FileUploadForm), so
// a refused file can be sent again once fixed, or a checked one imported.
import { useActionState, useState } from "react";
import { guessFeedFormat } from "@/lib/domain/feeds/feed-format";
import { FEED_FORMAT_WORDS, FEED_FORMATS, type FeedFormat } from "@/lib/domain/feeds/feed-snapshot";
import { FileUploadForm } from "../../../forms/file-upload-form";
import { importFeedAction, type FeedImportState } from "./actions";
import { FeedImportReportView, FeedProblems, feedImportSummary } from "./feed-import-report";

interface Props {
  electionSlug: string;
  /** Editors may create the races, candidates and units the file names. */
  canCreate: boolean;
  /** What a server action's body may be here (Next's limit), so a larger file is stopped before it is sent. */
  maxBytes: number;
}

export function FeedImportForm({ electionSlug, canCreate, maxBytes }: Props) {
  const [state, action, pending] = useActionState<FeedImportState, FormData>(importFeedAction, { status: "idle" });
  const [format, setFormat] = useState<FeedFormat>("ap-json");
  const [dryRun, setDryRun] = useState(false);
  const [create, setCreate] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const fields = state.status === "refused" ? state.fields : {};

  return (
    <div className="desk-panel">
      <FileUploadForm
        label="Import a feed file"
        fileId="feed-file"
        fileLabel="Feed file"
        accept=".json,.xml,.zip,.csv"
        file={file}
        onChoose={(chosen) => {
          setFile(chosen);
          const guessed = chosen && guessFeedFormat(chosen.name);
          if (guessed) setFormat(guessed);
        }}
        maxBytes={maxBytes}
        largerFiles="Send larger ones through the API or npm run feed -- import."
        fileError={fields.file}
        send={action}
        submit={(tooLarge) => (
          <button type="submit" className="primary" disabled={pending || tooLarge}>
            {pending ? "Reading the file…" : dryRun ? "Check the file" : "Import the file"}
          </button>
        )}
      >
        <input type="hidden" name="election" value={electionSlug} />
        <label htmlFor="feed-format">
          Format
          <select id="feed-format" name="format" value={format} onChange={(e) => setFormat(e.target.value as FeedFormat)} aria-describedby="feed-format-error">
            {FEED_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FEED_FORMAT_WORDS[f]}
              </option>
            ))}
          </select>
          <span id="feed-format-error" className="field-error" aria-live="polite">
            {fields.format}
          </span>
        </label>
        {canCreate && (
          <label className="setup-check">
            <input type="checkbox" name="create" checked={create} onChange={(e) => setCreate(e.target.checked)} /> Create races, candidates and units the file names
          </label>
        )}
        <label className="setup-check">
          <input type="checkbox" name="dryRun" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> Check only (dry run): write nothing
        </label>
      </FileUploadForm>
      <p role="status" aria-live="polite" className={state.status === "imported" ? "saved" : state.status === "refused" ? "field-error" : undefined}>
        {state.status === "imported" && feedImportSummary(state.report)}
        {state.status === "refused" && state.message}
      </p>
      {state.status === "imported" && <FeedImportReportView report={state.report} />}
      {state.status === "refused" && state.problems.length > 0 && (
        <FeedProblems problems={state.problems} caption={`${state.problems.length === 1 ? "1 problem" : `${state.problems.length.toLocaleString("en-US")} problems`}; nothing was applied.`} />
      )}
    </div>
  );
}
