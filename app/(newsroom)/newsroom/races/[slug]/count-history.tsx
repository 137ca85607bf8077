// The race's latest count changes, newest first: where each came from ("Desk entry", "AP feed",
// "Feed correction (AP)"), who wrote it, which unit, and how each candidate moved.
import { formatVotes } from "@/lib/domain/margin-words";
import { formatDateTime } from "@/lib/domain/time-words";
import type { CountHistoryEntry } from "@/lib/server/queries/count-history";

const signed = (n: number) => (n > 0 ? `+${formatVotes(n)}` : n < 0 ? `−${formatVotes(-n)}` : "±0");

export function CountHistory({ entries, timeZone }: { entries: CountHistoryEntry[]; timeZone: string }) {
  return (
    <section className="desk-panel" aria-labelledby="count-history-heading">
      <h2 id="count-history-heading">Count history</h2>
      {entries.length === 0 ? (
        <p>No counts yet.</p>
      ) : (
        <ol className="call-history count-history">
          {entries.map((entry) => (
            <li key={entry.batchId}>
              <strong className={entry.correction ? "correction" : undefined}>{entry.label}</strong> <span>{entry.units}</span>{" "}
              <span className="muted small">
                by {entry.actor}, {formatDateTime(entry.at, timeZone)}
              </span>
              <p className="small">{entry.changes.map((c) => `${c.name} ${signed(c.delta)}`).join(" · ")}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
