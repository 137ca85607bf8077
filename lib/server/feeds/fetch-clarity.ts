import "server-only";
// Polling a Clarity ENR jurisdiction (FEEDS.md §2, "URL anatomy and fetching"): only
// `current_ver.txt` is asked on every poll (a conditional GET with the stored ETag); when its number
// changes, that version's file is fetched once (versioned files never change) and handed to the
// importer with the version: `reports/detailxml.zip` for clarity-xml, `json/en/summary.json` for
// clarity-json. Clarity refuses plain clients, so the requests carry a browser's User-Agent.
//
// A version whose file could not be fetched is asked again next time. A version the importer
// refused is not: the file will not change, and the next version is a whole new snapshot.
import { clarityBase } from "@/lib/domain/feeds/feed-source-input";
import { feedGet } from "@/lib/server/feeds/feed-http";
import { applyFailure, httpFailure } from "@/lib/server/feeds/poll-errors";
import { nothingNew, type PollContext, type PollOutcome, type PolledSource } from "@/lib/server/feeds/poll-types";

export const BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

const VERSION_FILE: Record<string, string> = {
  "clarity-xml": "reports/detailxml.zip",
  "clarity-json": "json/en/summary.json",
};

export async function pollClarity(source: PolledSource, context: PollContext): Promise<PollOutcome> {
  const base = clarityBase(source.url);
  const headers = { "user-agent": BROWSER_USER_AGENT };
  const current = await feedGet({ url: new URL("current_ver.txt", base).toString(), headers: { ...headers, ...(source.etag && { "if-none-match": source.etag }) } }, context.http);
  if (current.status === 304) return nothingNew();
  if (current.status !== 200) return { ...nothingNew(), error: httpFailure("Clarity", current) };

  const version = Buffer.from(current.body).toString("utf8").trim();
  if (!/^\d{1,15}$/.test(version)) return { ...nothingNew(), error: `Clarity's current_ver.txt at ${current.url} does not hold a version number.` };
  const seen = { version, etag: current.headers.etag ?? null };
  if (version === source.version) return nothingNew(seen);

  const file = await feedGet({ url: new URL(`${version}/${VERSION_FILE[source.format]}`, base).toString(), headers }, context.http);
  // Leave the ETag and version as they were, so the next poll asks for this version again.
  if (file.status !== 200) return { ...nothingNew(), error: httpFailure("Clarity", file) };
  try {
    const report = await context.apply(file.body, {
      origin: "poller",
      sourceId: source.id,
      requestUrl: file.url,
      sourceVersion: version,
      ...(file.headers.etag && { etag: file.headers.etag }),
    });
    return { state: seen, applied: 1, changed: !report.unchanged, error: null, quotaWaitSeconds: 0 };
  } catch (error) {
    const { message, refused } = applyFailure(error);
    return { ...nothingNew(refused ? seen : {}), error: message };
  }
}
