"use client";
// The top of the race page: the answers a reader came for, before the table. Who leads and by how
// much (votes and points), how much is counted, how long ago it changed and what changed last, then
// why the race is not called yet when it is not. Drawn from the live race (live-race.tsx), so a new
// batch moves every line at once; a race with no votes says so, with its precincts, and no more.
import { CallRetraction } from "@/components/call-retraction";
import { ReportingMeter } from "@/components/reporting-meter";
import { StatusBadge } from "@/components/status-badge";
import { UpdatedAgo } from "@/components/live/updated-ago";
import { timeText } from "@/components/live/updated-time";
import { lastChangeWords } from "@/lib/domain/last-count-change";
import { isRetraction } from "@/lib/domain/race-call";
import { calledLine, marginSentence } from "@/lib/domain/race-status";
import { formatClock, formatDateTime } from "@/lib/domain/time-words";
import { whyNotCalled } from "@/lib/domain/why-not-called";
import { useLiveRace } from "./live-race";

export function LiveRaceSummary() {
  const { race, timeZone, serverTimes } = useLiveRace();
  const called = calledLine(race.call, (iso) => timeText(iso, serverTimes.called, (t) => formatDateTime(t, timeZone)));
  const lastChange = lastChangeWords(race.lastChange, (iso) => timeText(iso, serverTimes.lastChange, (t) => formatClock(t, timeZone)));
  const why = whyNotCalled(race);

  return (
    <div className="race-summary">
      <div className="status-line">
        <StatusBadge race={race} />
        {called && <span className="muted small">{called}</span>}
      </div>
      <CallRetraction call={race.call} timeZone={timeZone} server={serverTimes.retracted} />
      <p className="margin-words">{marginSentence(race)}</p>
      <ReportingMeter reporting={race.reporting} expectedVotePct={race.expectedVotePct} />
      <p className="summary-freshness" data-summary="freshness">
        <UpdatedAgo iso={race.updatedAt} timeZone={timeZone} />
        {lastChange && (
          // Its own line, so a phone does not break it mid-sentence. Server and browser may format the
          // clock with different ICU data; the browser's wins on update.
          <span className="last-change" suppressHydrationWarning>
            <span className="visually-hidden">. </span>Latest votes: {lastChange}
          </span>
        )}
      </p>
      {/* A retraction's note is its reason, already on the line above. */}
      {race.call.note && !isRetraction(race.call) && <p className="small muted">Desk note: {race.call.note}</p>}
      {why && (
        <section className="why-not-called" aria-labelledby="why-heading">
          <h2 id="why-heading">Why isn’t this called?</h2>
          <p>{why}</p>
        </section>
      )}
    </div>
  );
}
