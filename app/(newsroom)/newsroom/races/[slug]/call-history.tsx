import { formatVotes } from "@/lib/domain/margin-words";
import { formatDateTime } from "@/lib/domain/time-words";
import type { CallHistoryEntry } from "@/lib/server/queries/call-history";

const STATUS_WORDS = { called: "Called for", runoff: "Runoff:", too_close: "Too close to call", uncalled: "Retracted" } as const;

export function CallHistory({ calls, timeZone }: { calls: CallHistoryEntry[]; timeZone: string }) {
  return (
    <section className="desk-panel" aria-labelledby="call-history-heading">
      <h2 id="call-history-heading">Call history</h2>
      {calls.length === 0 ? (
        <p>Not yet called.</p>
      ) : (
        <ol className="call-history" reversed>
          {calls.map((call) => (
            <li key={call.seq}>
              <strong>
                {STATUS_WORDS[call.status]} {call.names.join(" and ")}
              </strong>{" "}
              <span className="muted small">
                by {call.actor}
                {call.confirmedBy && `, confirmed by ${call.confirmedBy}`}, {formatDateTime(call.at, timeZone)}
                {call.countThen &&
                  ` · count then: ${formatVotes(call.countThen.totalVotes)} votes, ${Math.round(call.countThen.reportingPct)}% reporting${call.countThen.marginVotes !== null ? `, margin ${formatVotes(call.countThen.marginVotes)}` : ""}`}
              </span>
              {call.note && <p className="small">{call.note}</p>}
              {call.acknowledgements.length > 0 && <p className="small muted">Acknowledged: {call.acknowledgements.join(", ")}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
