// A snapshot file's format from its name, for replays of a folder of recorded files.
import type { FeedFormat } from "./feed-snapshot";

export function guessFeedFormat(fileName: string): FeedFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv")) return "openelections-csv";
  if (name.endsWith(".xml") || name.endsWith(".zip")) return "clarity-xml";
  if (name.includes("summary") && name.endsWith(".json")) return "clarity-json";
  if (name.endsWith(".json")) return "ap-json";
  return null;
}
