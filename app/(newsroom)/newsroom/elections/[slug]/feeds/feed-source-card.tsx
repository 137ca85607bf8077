import { FEED_FORMAT_WORDS } from "@/lib/domain/feeds/feed-snapshot";
import type { FeedSourceState } from "@/lib/domain/feeds/feed-source-json";
import { formatDateTime } from "@/lib/domain/time-words";
import { FeedSourceControls } from "./feed-source-controls";

interface FeedSourceCardProps {
  electionSlug: string;
  source: FeedSourceState;
  timeZone: string;
  canManage: boolean;
}

function statusWords(source: FeedSourceState): string {
  if (source.paused) return "Paused";
  if (source.failures > 0) return `Failing (${source.failures} in a row)`;
  if (!source.lastFetchAt) return "Waiting for its first poll";
  return "Polling";
}

/** One polled source: what it is, how its polls go, and the snapshots it brought in. */
export function FeedSourceCard({ electionSlug, source, timeZone, canManage }: FeedSourceCardProps) {
  const at = (iso: string | null, none = "never") => (iso ? formatDateTime(iso, timeZone, { seconds: true }) : none);
  const headingId = `feed-${source.id}-heading`;
  return (
    <section className="desk-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {source.name} <span className="reason">{statusWords(source)}</span>
      </h2>
      <p className="small">
        {FEED_FORMAT_WORDS[source.format]}, every {source.intervalSeconds} s · <code className="feed-url">{source.url}</code>
        <br />
        {source.races.length === 0 ? "Takes every race" : `Takes ${source.races.length === 1 ? "one race" : `${source.races.length} races`}: ${source.races.join("; ")}`}
        {source.createMissing ? " · creates the races the election lacks" : ""}
        {source.version ? ` · version ${source.version}` : ""}
      </p>
      <dl className="feed-state">
        <dt>Last fetch</dt>
        <dd>{at(source.lastFetchAt)}</dd>
        <dt>Last change</dt>
        <dd>{at(source.lastChangeAt)}</dd>
        <dt>Next fetch</dt>
        <dd>{source.paused ? "not while paused" : at(source.nextFetchAt, "within a few seconds")}</dd>
        <dt>Last error</dt>
        <dd>
          {source.lastError ? (
            <>
              <span className={source.failures > 0 ? "field-error" : "muted"}>{source.lastError}</span> <span className="muted small">({at(source.lastErrorAt)}{source.failures === 0 ? ", recovered since" : ""})</span>
            </>
          ) : (
            "none"
          )}
        </dd>
      </dl>
      <h3>Snapshots: {source.snapshotCount}</h3>
      {source.latestSnapshots.length > 0 && (
        <table>
          <caption className="visually-hidden">The newest snapshots from {source.name}</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Status</th>
              <th scope="col">Version</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {source.latestSnapshots.map((snapshot) => (
              <tr key={snapshot.id}>
                <td>{at(snapshot.receivedAt)}</td>
                <td>{snapshot.status}</td>
                <td>{snapshot.sourceVersion ?? ""}</td>
                <td>
                  <code>{snapshot.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && <FeedSourceControls electionSlug={electionSlug} source={source} />}
    </section>
  );
}
