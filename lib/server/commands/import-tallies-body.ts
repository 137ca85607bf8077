import "server-only";
// An import's request body as text, piece by piece as it arrives, so a large file is parsed while
// it uploads and never held whole. Nothing is read until the command pulls the first piece, which it
// does after checking who is asking: an anonymous caller learns nothing beyond 401.
import { MAX_IMPORT_BYTES } from "@/lib/domain/csv-tallies";
import { payloadTooLarge, unsupportedMediaType } from "@/lib/server/errors";

// Only CSV types: a cross-site form can post text/plain with the desk's cookies, never text/csv.
const CSV_TYPES = ["text/csv", "application/csv"];

const tooLarge = (limit: number) =>
  payloadTooLarge(`The file is larger than ${Math.round(limit / (1024 * 1024))} MB; split it and import the parts.`);

export async function* csvRequestText(request: Request, limit = MAX_IMPORT_BYTES): AsyncGenerator<string> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!CSV_TYPES.includes(type)) {
    throw unsupportedMediaType("Send the CSV file itself as the request body, with Content-Type: text/csv.");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return;

  const reader = request.body.getReader();
  const decoder = new TextDecoder("utf-8");
  let size = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw tooLarge(limit);
      yield decoder.decode(value, { stream: true });
    }
    finished = true;
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } finally {
    // Stopped early (a refused header, a size limit): stop receiving the rest of the upload.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}
