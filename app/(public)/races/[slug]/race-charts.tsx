"use client";
// Both charts with their text equivalents: a sentence and a table a screen reader can use, which
// also give every reader the exact numbers behind the picture. Drawn from the live result and the
// history that ends at it (live-race.tsx), so the charts move with the numbers above them.
import { candidateColor } from "@/components/candidate-color";
import { LazyMarginChart as MarginChart, LazyVoteShareChart as VoteShareChart } from "@/components/charts/lazy-charts";
import { formatPct, formatVotes, lastName } from "@/lib/domain/margin-words";
import { formatClock } from "@/lib/domain/time-words";
import { useLiveRace } from "./live-race";

export function RaceCharts() {
  const { race, history, timeZone } = useLiveRace();
  if (race.totalVotes === 0) return null;
  const shareSentence = race.candidates.map((c) => `${c.name} ${formatPct(c.pct)}`).join(", ");
  const nameOf = (slug: string) => history.candidates.find((c) => c.slug === slug)?.name ?? slug;
  const pair = history.pair;
  const last = history.points[history.points.length - 1];
  const lastChange = history.leadChanges[history.leadChanges.length - 1];
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

        {pair && last && (
          <figure className="chart-panel" aria-labelledby="margin-title">
            <h3 id="margin-title">Margin over the night</h3>
            <p className="small muted">
              Above the line {lastName(nameOf(pair[0]))} leads; below it {lastName(nameOf(pair[1]))}.{" "}
              {lastChange === undefined ? (
                "The lead never changed hands."
              ) : (
                <>
                  The lead changed hands {history.leadChanges.length === 1 ? "once" : `${history.leadChanges.length} times`}, last at {clock(lastChange.at)}.
                </>
              )}
            </p>
            <div
              className="chart-frame tall"
              role="img"
              data-chart="margin"
              aria-label={`Line chart of the lead between ${nameOf(pair[0])} and ${nameOf(pair[1])} after each batch; latest margin ${formatVotes(last.margin)} votes`}
            >
              <MarginChart
                data={history.points.map((p) => ({ time: formatClock(p.at, timeZone), signedMargin: p.signedMargin }))}
                firstName={lastName(nameOf(pair[0]))}
                secondName={lastName(nameOf(pair[1]))}
                finalLabel={formatVotes(last.margin)}
              />
            </div>
            <details>
              <summary>The count batch by batch</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Leader</th>
                    <th scope="col" className="num">Lead</th>
                  </tr>
                </thead>
                <tbody>
                  {history.points.map((p, index) => (
                    <tr key={`${p.at}-${index}`}>
                      <td>{clock(p.at)}</td>
                      <td>{p.leaderId ? lastName(nameOf(p.leaderId)) : "Level"}</td>
                      <td className="num">{formatVotes(p.margin)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        )}
      </div>
    </section>
  );
}
