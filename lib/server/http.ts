import "server-only";
// JSON responses of the public API: the error envelope of DESIGN.md section 4, and ETags so a
// poller that already has the current state gets a 304 with no body.
import { createHash } from "node:crypto";
import { etagMatches } from "./cache/contract.cjs";
// Short shared-cache lifetime: a CDN absorbs the spike while readers stay one poll behind at most.
import { PUBLIC_CACHE_CONTROL } from "./response-headers.cjs";

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status });
}

export function notFoundResponse(what: string): Response {
  return errorResponse(404, "not_found", `${what} was not found.`);
}


/** A JSON body serialised once, with the ETag that names it. */
export interface JsonEntry {
  text: string;
  etag: string;
}

export function jsonEntry(body: unknown): JsonEntry {
  return textEntry(JSON.stringify(body));
}

/** Any text body (a CSV download) with the ETag that names it. */
export function textEntry(text: string): JsonEntry {
  return { text, etag: `"${createHash("sha1").update(text).digest("base64url")}"` };
}

/** A public, cacheable JSON answer; 304 when the caller's If-None-Match already names this body. */
export function publicJson(request: Request, body: unknown): Response {
  return publicJsonEntry(request, jsonEntry(body));
}

/** The same for a body serialised earlier (and cached): answering a 304 costs no serialising. */
export function publicJsonEntry(request: Request, entry: JsonEntry): Response {
  return publicTextEntry(request, entry, { "Content-Type": "application/json; charset=utf-8" });
}

/** A public, cacheable text answer of any type; `headers` go on the full answer only. */
export function publicTextEntry(request: Request, { text, etag }: JsonEntry, bodyHeaders: Record<string, string>): Response {
  const headers = { ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL };
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers: { ...headers, ...bodyHeaders } });
}

/** A results CSV as a download: the browser saves it under `fileName` rather than showing it. */
export function publicCsvDownload(request: Request, text: string, fileName: string): Response {
  return publicTextEntry(request, textEntry(text), {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
  });
}
