// Reading values out of parsed JSON whose shape is not yet known (AP answers, Clarity summary.json).
import { refusedFeed } from "./feed-findings";
import type { FeedFormat, ParsedFeed } from "./feed-snapshot";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string (trimmed, not empty) or a number as text; null for anything else. */
export function jsonText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  return typeof value === "number" && Number.isFinite(value) ? String(value) : null;
}

/** An ISO time from a feed's time text; null when it is missing or not a time. */
export function isoTime(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The parsed payload, or the feed refused because the text is not JSON. */
export function parseJsonPayload(format: FeedFormat, text: string): { data: unknown } | { refused: ParsedFeed } {
  try {
    // A byte-order mark is no part of the JSON (TextDecoder drops it; text handed in directly may keep it).
    return { data: JSON.parse(text.replace(/^\uFEFF/, "")) as unknown };
  } catch (error) {
    const { where, message } = notJsonProblem(text, error);
    return { refused: refusedFeed(format, where, message) };
  }
}

/** Why JSON.parse refused the text, with the line and column when the message gives a position. */
function notJsonProblem(text: string, error: unknown): { where: string; message: string } {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason);
  const message = `The file is not JSON: ${reason.replace(/\.$/, "")}.`;
  if (!position) return { where: "the file", message };
  const before = text.slice(0, Number(position[1]));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { where: `line ${line}, column ${column}`, message };
}
