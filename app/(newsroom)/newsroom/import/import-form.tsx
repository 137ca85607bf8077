"use client";
// Choose a file, check it (a dry run that writes nothing), then import it. The file goes straight to
// the import API, so the desk sees the upload's progress and the same report automation gets.
import { useRef, useState } from "react";
import type { ImportReport } from "@/lib/domain/csv-tallies";
import { ImportProblems } from "./import-problems";
import { uploadCsv, type Upload, type UploadOutcome } from "./upload-csv";

type Progress =
  | { step: "idle" }
  | { step: "sending"; dryRun: boolean; sent: number; total: number }
  | { step: "answered"; dryRun: boolean; outcome: UploadOutcome };

const count = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function summary(report: ImportReport): string {
  const read = `${count(report.rows)} rows for ${count(report.units)} reporting units`;
  if (report.changedUnits === 0) return `Checked ${read}: every count is already on the desk, so nothing ${report.dryRun ? "would change" : "changed"}.`;
  const changes = `${count(report.changedUnits)} units (${count(report.tallyChanges)} candidate counts)`;
  return report.dryRun ? `Checked ${read}: ${changes} would change. Nothing has been written yet.` : `Imported ${read}: ${changes} changed.`;
}

function statusText(progress: Progress): string {
  if (progress.step === "idle") return "";
  if (progress.step === "sending") {
    return progress.sent < progress.total ? `Uploading ${progress.dryRun ? "for a check" : "to import"}…` : "Uploaded; the server is checking every row…";
  }
  const { outcome } = progress;
  if (outcome.kind === "report") return summary(outcome.report);
  return outcome.message;
}

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [correction, setCorrection] = useState(false);
  const [progress, setProgress] = useState<Progress>({ step: "idle" });
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const upload = useRef<Upload | null>(null);

  const key = file ? `${file.name}:${file.size}:${file.lastModified}:${correction}` : null;
  const sending = progress.step === "sending";
  const tooLarge = file !== null && file.size > maxBytes;
  const pct = progress.step === "sending" && progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  const outcome = progress.step === "answered" ? progress.outcome : null;

  async function send(dryRun: boolean) {
    if (!file || !key) return;
    setProgress({ step: "sending", dryRun, sent: 0, total: file.size });
    upload.current = uploadCsv(file, { dryRun, correction }, (sent, total) => setProgress({ step: "sending", dryRun, sent, total }));
    const outcome = await upload.current.done;
    upload.current = null;
    setProgress({ step: "answered", dryRun, outcome });
    // Importing is offered once this very file, with these options, has passed a check.
    setCheckedKey(dryRun && outcome.kind === "report" ? key : null);
  }


  return (
    <div className="desk-panel">
      <form
        className="desk-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <label>
          Results file (CSV, up to {megabytes(maxBytes)})
          <input
            type="file"
            name="file"
            accept=".csv,text/csv"
            disabled={sending}
            aria-invalid={tooLarge || undefined}
            aria-describedby="import-file-error"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setCheckedKey(null);
              setProgress({ step: "idle" });
            }}
          />
          <span id="import-file-error" className="field-error">
            {tooLarge && `This file is ${megabytes(file.size)}; split it into files of ${megabytes(maxBytes)} or less.`}
          </span>
        </label>
        <label className="small">
          <span>
            <input type="checkbox" checked={correction} disabled={sending} onChange={(event) => setCorrection(event.target.checked)} /> This file corrects
            earlier counts (lower numbers are accepted and marked as corrections)
          </span>
        </label>
        <div className="unit-actions">
          <button type="button" disabled={!file || tooLarge || sending} onClick={() => send(true)}>
            Check (dry run)
          </button>
          <button type="submit" disabled={!key || checkedKey !== key || sending}>
            Import
          </button>
          {/* Once the whole file is sent the server may be writing it: too late to cancel. */}
          {sending && pct < 100 && (
            <button type="button" onClick={() => upload.current?.cancel()}>
              Cancel
            </button>
          )}
          {!sending && file && checkedKey !== key && <span className="muted small">Check the file before importing it.</span>}
        </div>
      </form>

      {progress.step === "sending" && (
        <p>
          <label htmlFor="import-progress">
            {pct < 100 ? `Uploaded ${pct}% (${megabytes(progress.sent)} of ${megabytes(progress.total)})` : "Checking the rows"}
          </label>{" "}
          {pct < 100 ? <progress id="import-progress" max={100} value={pct} /> : <progress id="import-progress" />}
        </p>
      )}
      <p role="status" aria-live="polite" className={outcome?.kind === "report" ? "saved" : outcome ? "field-error" : undefined}>
        {statusText(progress)}
      </p>
      {outcome?.kind === "refused" && <ImportProblems problems={outcome.report.problems} total={outcome.report.problemCount} />}
    </div>
  );
}
