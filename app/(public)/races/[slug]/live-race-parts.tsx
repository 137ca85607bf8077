"use client";
// The parts of the race page that show numbers, each re-rendered from the latest polled result.
import { candidateColor } from "@/components/candidate-color";
import { UnitResultsChart } from "@/components/charts/unit-results-chart";
import { ResultsTable } from "@/components/results-table";
import { UpdatedLine } from "@/components/live/updated-line";
import { useLiveRace } from "./live-race";
import { RaceFlags } from "./race-flags";
import { UnitResultsTable } from "./unit-results-table";

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
        <div className="chart-frame" role="img" data-chart="units" aria-label="Bar chart of each candidate's votes in each reporting unit; the table below gives the numbers">
          <UnitResultsChart
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
