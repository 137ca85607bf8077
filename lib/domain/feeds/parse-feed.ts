// One entry point for every feed format: the bytes of a snapshot as stored, read by its format's
// parser. The text formats must be UTF-8; Clarity's XML may also arrive as the zip that holds it.
import { parseApJson } from "./ap-json";
import { parseClaritySummaryJson } from "./clarity-json";
import { parseClarityXml } from "./clarity-xml";
import { decodeUtf8 } from "./feed-bytes";
import { refusedFeed, tooLargeFeed } from "./feed-findings";
import { FEED_FORMATS, MAX_FEED_BYTES, type FeedFormat, type ParsedFeed } from "./feed-snapshot";
import { parseOpenElectionsCsv } from "./openelections-csv";

const TEXT_PARSERS: Readonly<Record<Exclude<FeedFormat, "clarity-xml">, (text: string) => ParsedFeed>> = {
  "ap-json": parseApJson,
  "clarity-json": (text) => parseClaritySummaryJson(text),
  "openelections-csv": parseOpenElectionsCsv,
};

/** `maxBytes` caps the payload (and what a zip unpacks to); tests lower it. */
export function parseFeed(format: FeedFormat, bytes: Uint8Array, maxBytes: number = MAX_FEED_BYTES): ParsedFeed {
  if (bytes.length > maxBytes) return tooLargeFeed(format, bytes.length, maxBytes);
  if (format === "clarity-xml") return parseClarityXml(bytes, maxBytes);
  // The caller checks the format against FEED_FORMATS; a value from elsewhere still gets an answer.
  if (!Object.hasOwn(TEXT_PARSERS, format)) {
    return refusedFeed(format, "the format", `${JSON.stringify(format)} is not a feed format (the formats are ${FEED_FORMATS.join(", ")}).`);
  }
  const decoded = decodeUtf8(bytes);
  if ("problem" in decoded) return refusedFeed(format, decoded.where, decoded.problem);
  return TEXT_PARSERS[format](decoded.text);
}
