// Sends a CSV file to the import API with the desk's session cookie, reporting upload progress
// (fetch cannot report it for a request body; XMLHttpRequest can).
import type { ImportReport } from "@/lib/domain/csv-tallies";

export type UploadOutcome =
  | { kind: "report"; report: ImportReport }
  | { kind: "refused"; message: string; report: ImportReport }
  | { kind: "failed"; message: string };

export interface Upload {
  done: Promise<UploadOutcome>;
  cancel: () => void;
}

export function uploadCsv(file: File, options: { dryRun: boolean; correction: boolean }, onProgress: (sent: number, total: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const query = new URLSearchParams({ dryRun: options.dryRun ? "1" : "0", correction: options.correction ? "1" : "0" });
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => resolve({ kind: "failed", message: "The upload did not reach the server. Check the connection and try again." });
    xhr.onabort = () => resolve({ kind: "failed", message: "Cancelled before the whole file was sent: nothing was imported." });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // An answer that is not JSON is reported by its status below.
      }
      if (xhr.status === 200) return resolve({ kind: "report", report: body as ImportReport });
      const error = (body as { error?: { message?: string } & Partial<ImportReport> } | null)?.error;
      if (xhr.status === 422 && error?.problems) return resolve({ kind: "refused", message: error.message ?? "", report: error as ImportReport });
      resolve({ kind: "failed", message: error?.message ?? `The server answered ${xhr.status}.` });
    };
  });
  xhr.open("POST", `/api/v1/import?${query}`);
  xhr.setRequestHeader("Content-Type", "text/csv");
  xhr.send(file);
  return { done, cancel: () => xhr.abort() };
}
