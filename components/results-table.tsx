import Link from "next/link";
import { CandidateAvatar } from "@/components/candidate-avatar";
import { candidateColor } from "@/components/candidate-color";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

const STATUS_WORDS = { winner: "Winner", advancing: "Advances", leading: null } as const;

// On a phone each row is the candidate with votes and share beside them and the bar underneath
// (a grid, app/globals.css), so nothing is cut off at 320 px; the roles keep it a table for screen
// readers when the grid makes its parts boxes.
export function ResultsTable({ race, caption }: { race: RaceResult; caption: string }) {
  return (
    <table className="results-table" role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Candidate</th>
          <th scope="col" role="columnheader" className="num">Votes</th>
          <th scope="col" role="columnheader" className="num">Pct.</th>
          <th scope="col" role="columnheader" className="bar-cell"><span className="visually-hidden">Share of the vote</span></th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {race.candidates.map((c) => {
          const statusWord = c.status ? STATUS_WORDS[c.status] : null;
          return (
            <tr role="row" key={c.slug} className={c.status === "winner" ? "winner" : undefined}>
              <td role="cell">
                <div className="candidate-cell">
                <CandidateAvatar name={c.name} photoUrl={c.photoUrl} />
                <span>
                  <Link className="name" href={`/candidates/${c.slug}`}>{c.name}</Link>
                  {c.incumbent && <abbr className="incumbent" title="Incumbent">Inc.</abbr>}
                  {statusWord && <span className={`status-tag ${c.status}`}>{statusWord}</span>}
                  {c.withdrawn && <span className="withdrawn-tag">Withdrawn</span>}
                  <br />
                  <span className="party">{c.party ?? "Nonpartisan"}</span>
                </span>
                </div>
              </td>
              <td role="cell" className="num">{formatVotes(c.votes)}</td>
              <td role="cell" className="num">{formatPct(c.pct)}</td>
              <td role="cell" className="bar-cell" aria-hidden="true">
                <div className="bar">
                  <div
                    className="bar-fill"
                    style={{ width: `${c.pct}%`, ["--bar" as string]: candidateColor(c.party, c.ballotOrder) }}
                  />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
