"use client";
// The parts of the race page that show numbers, each re-rendered from the latest polled result.
import { candidateColor } from "@/components/candidate-color";
import { CallRetraction } from "@/components/call-retraction";
import { LazyUnitResultsChart } from "@/components/charts/lazy-charts";
import { ReportingMeter } from "@/components/reporting-meter";
import { ResultsTable } from "@/components/results-table";
import { StatusBadge } from "@/components/status-badge";
import { UpdatedLine } from "@/components/live/updated-line";
import { timeText } from "@/components/live/updated-time";
import { isRetraction } from "@/lib/domain/race-call";
import { calledLine, marginSentence } from "@/lib/domain/race-status";
import { formatDateTime } from "@/lib/domain/time-words";
import { useLiveRace } from "./live-race";
import { RaceFlags } from "./race-flags";
import { UnitResultsTable } from "./unit-results-table";

export function LiveRaceStatus() {
  const { race, timeZone, serverTimes } = useLiveRace();
  const called = calledLine(race.call, (iso) => timeText(iso, serverTimes.called, (t) => formatDateTime(t, timeZone)));
  return (
    <>
      <div className="status-line">
        <StatusBadge race={race} />
        {called && <span className="muted small">{called}</span>}
      </div>
      <CallRetraction call={race.call} timeZone={timeZone} server={serverTimes.retracted} />
      <p className="margin-words">{marginSentence(race)}</p>
      <ReportingMeter reporting={race.reporting} expectedVotePct={race.expectedVotePct} />
      {/* A retraction's note is its reason, already on the line above. */}
      {race.call.note && !isRetraction(race.call) && <p className="small muted">Desk note: {race.call.note}</p>}
    </>
  );
}

export function LiveRaceResults({ caption }: { caption: string }) {
  const { race } = useLiveRace();
  return (
    <>
      <ResultsTable race={race} caption={caption} />
      <RaceFlags race={race} />
    </>
  );
}

export function LiveUnitResults() {
  const { race } = useLiveRace();
  return (
    <>
      {race.units.length > 1 && race.totalVotes > 0 && (
        <div className="chart-frame tall" role="img" data-chart="units" aria-label="Bar chart of each candidate's votes in each reporting unit; the table below gives the numbers">
          <LazyUnitResultsChart
            units={race.units.map((u) => ({ name: u.name, votes: u.votes }))}
            candidates={[...race.candidates]
              .sort((a, b) => a.ballotOrder - b.ballotOrder)
              .map((c) => ({ slug: c.slug, name: c.name, color: candidateColor(c.party, c.ballotOrder) }))}
          />
        </div>
      )}
      <UnitResultsTable race={race} />
    </>
  );
}

export function LiveRaceUpdated() {
  const { race, timeZone, serverTimes } = useLiveRace();
  return <UpdatedLine iso={race.updatedAt} server={serverTimes.updated} timeZone={timeZone} />;
}
