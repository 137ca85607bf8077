"use client";
// Both charts with their text equivalents: a sentence and a table a screen reader can use, which
// also give every reader the exact numbers behind the picture. Drawn from the live result and the
// history that ends at it (live-race.tsx), so the charts move with the numbers above them.
import { candidateColor } from "@/components/candidate-color";
import { VoteShareChart } from "@/components/charts/vote-share-chart";
import { formatPct, lastName } from "@/lib/domain/margin-words";
import { formatClock } from "@/lib/domain/time-words";
import { DecidingLineFigure } from "./deciding-line-figure";
import { useLiveRace } from "./live-race";

export function RaceCharts() {
  const { race, history, timeZone } = useLiveRace();
  if (race.totalVotes === 0) return null;
  const shareSentence = race.candidates.map((c) => `${c.name} ${formatPct(c.pct)}`).join(", ");
  // Server and browser may format clock times with different ICU data: the browser's text wins.
  const clock = (iso: string) => (
    <time dateTime={iso} suppressHydrationWarning>
      {formatClock(iso, timeZone)}
    </time>
  );

  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">Charts</h2>
      <div className="chart-grid">
        <figure className="chart-panel" aria-labelledby="share-title">
          <h3 id="share-title">Vote share</h3>
          <p className="small muted">{shareSentence}.</p>
          <div className="chart-frame" role="img" aria-label={`Bar chart of vote share: ${shareSentence}`} data-chart="vote-share">
            <VoteShareChart
              data={race.candidates.map((c) => ({ name: lastName(c.name), pct: c.pct, color: candidateColor(c.party, c.ballotOrder) }))}
            />
          </div>
        </figure>

        {history.line && <DecidingLineFigure race={race} history={history} line={history.line} timeZone={timeZone} clock={clock} />}
      </div>
    </section>
  );
}
