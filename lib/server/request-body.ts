import "server-only";
// Reads a JSON request body with a size limit. A body that cannot be read is not refused here: it
// becomes an UnreadableBody that the command refuses when it parses its input, after it has checked
// who is asking, so an anonymous caller learns nothing beyond 401.
import { JSON_BODY_LIMIT_BYTES } from "@/lib/server/cache/contract.cjs";
import { malformed, payloadTooLarge, unsupportedMediaType, type CommandError } from "@/lib/server/errors";

export const MAX_JSON_BODY_BYTES = JSON_BODY_LIMIT_BYTES;

export class UnreadableBody {
  constructor(readonly error: CommandError) {}
}

const tooLarge = (limit: number) => payloadTooLarge(`The request body is larger than ${Math.round(limit / 1024)} KB.`);

export async function readLimitedBytes(request: Request, limit: number): Promise<Uint8Array | UnreadableBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return new UnreadableBody(tooLarge(limit));
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return new UnreadableBody(tooLarge(limit));
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function readLimitedText(request: Request, limit: number): Promise<string | UnreadableBody> {
  const bytes = await readLimitedBytes(request, limit);
  return bytes instanceof UnreadableBody ? bytes : Buffer.from(bytes).toString("utf8");
}

/**
 * JSON writes must say they are JSON. A form on another page can post text/plain that parses as
 * JSON without the browser asking the server first (no CORS preflight); application/json cannot.
 */
function isJson(contentType: string | null): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? "");
}

export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (!isJson(request.headers.get("content-type"))) {
    return new UnreadableBody(unsupportedMediaType("Send the request body as JSON, with Content-Type: application/json."));
  }
  const text = await readLimitedText(request, limit);
  if (text instanceof UnreadableBody) return text;
  try {
    return JSON.parse(text);
  } catch {
    return new UnreadableBody(malformed("The request body is not valid JSON."));
  }
}
