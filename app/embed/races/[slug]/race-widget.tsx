// The embed's picture of one race: the test-data banner when its election holds test data (the page
// around the iframe is someone else's, so the widget must say it itself), office and seat, the
// status badge (and a retraction's line), the leading candidates with votes, share and a bar, the
// margin in words, how much is counted, how fresh it is and the latest batch of votes, why the race
// is not called when it is not, and the way back to the full page. Markup and the ticking "Updated"
// words, so the live wrapper can redraw it from each poll.
import { CallRetraction } from "@/components/call-retraction";
import { candidateColor } from "@/components/candidate-color";
import { StatusBadge } from "@/components/status-badge";
import { TestDataBanner } from "@/components/test-data-banner";
import { UpdatedAgo } from "@/components/live/updated-ago";
import { lastChangeWords, type PublicRace } from "@/lib/domain/last-count-change";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";
import { marginSentence } from "@/lib/domain/race-status";
import { countedWords } from "@/lib/domain/reporting-words";
import { formatClock } from "@/lib/domain/time-words";
import { whyNotCalled } from "@/lib/domain/why-not-called";

const STATUS_WORDS = { winner: "Winner", advancing: "Advances", leading: null } as const;

/** The seats plus the first one out, and never fewer than three rows, so the race reads at a glance. */
function shownCandidates(race: RaceResult) {
  return race.candidates.slice(0, Math.max(3, race.seats + 1));
}

export function RaceWidget({ race, timeZone }: { race: PublicRace; timeZone: string }) {
  const shown = shownCandidates(race);
  const lastChange = lastChangeWords(race.lastChange, (iso) => formatClock(iso, timeZone));
  const why = whyNotCalled(race);
  const hidden = race.candidates.length - shown.length;
  return (
    <>
      <TestDataBanner testData={race.testData} />
      <article className="embed-widget" aria-labelledby="embed-title">
        {race.election.isDemo && (
          <p className="embed-demo" role="note">
            Demo data
          </p>
        )}
        <p className="kicker">{race.election.name}</p>
        <h1 id="embed-title" className="embed-title">
          {race.office}, {race.seat}
        </h1>
        <div className="status-line">
          <StatusBadge race={race} />
        </div>
        <CallRetraction call={race.call} timeZone={timeZone} />
        <table className="embed-results">
          <caption className="visually-hidden">
            Results, {race.office}, {race.seat}
          </caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Votes</th>
              <th scope="col">Pct.</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => {
              const statusWord = c.status ? STATUS_WORDS[c.status] : null;
              return (
                <tr key={c.slug}>
                  <th scope="row">
                    <span className="name">{c.name}</span>
                    {statusWord && <span className={`status-tag ${c.status}`}>{statusWord}</span>}
                    <div className="bar" aria-hidden="true">
                      <div className="bar-fill" style={{ width: `${c.pct}%`, ["--bar" as string]: candidateColor(c.party, c.ballotOrder) }} />
                    </div>
                  </th>
                  <td className="num">{formatVotes(c.votes)}</td>
                  <td className="num">{formatPct(c.pct)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {hidden > 0 && (
          <p className="small muted">
            and {hidden} other {hidden === 1 ? "candidate" : "candidates"}
          </p>
        )}
        <p className="embed-margin" aria-live="polite">
          {marginSentence(race)}
        </p>
        {why && <p className="embed-why small">{why}</p>}
        <p className="small muted">
          {countedWords(race.reporting, race.expectedVotePct)} · <UpdatedAgo iso={race.updatedAt} timeZone={timeZone} />
        </p>
        {lastChange && (
          // Server and browser may format the clock with different ICU data; the browser's wins.
          <p className="small muted" suppressHydrationWarning>
            Latest votes: {lastChange}
          </p>
        )}
        <p className="embed-link">
          <a href={`/races/${race.slug}`} target="_top">
            Full results<span className="visually-hidden">: {race.office}, {race.seat}</span>
          </a>
        </p>
      </article>
    </>
  );
}
