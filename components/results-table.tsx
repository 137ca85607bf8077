import Link from "next/link";
import { CandidateAvatar } from "@/components/candidate-avatar";
import { candidateColor } from "@/components/candidate-color";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

const STATUS_WORDS = { winner: "Winner", advancing: "Advances", leading: null } as const;

export function ResultsTable({ race, caption }: { race: RaceResult; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="results-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col" className="num">Votes</th>
            <th scope="col" className="num">Pct.</th>
            <th scope="col" className="bar-cell"><span className="visually-hidden">Share of the vote</span></th>
          </tr>
        </thead>
        <tbody>
          {race.candidates.map((c) => {
            const statusWord = c.status ? STATUS_WORDS[c.status] : null;
            return (
              <tr key={c.slug} className={c.status === "winner" ? "winner" : undefined}>
                <td>
                  <div className="candidate-cell">
                  <CandidateAvatar name={c.name} photoUrl={c.photoUrl} />
                  <span>
                    <Link className="name" href={`/candidates/${c.slug}`}>{c.name}</Link>
                    {c.incumbent && <abbr className="incumbent" title="Incumbent">Inc.</abbr>}
                    {statusWord && <span className={`status-tag ${c.status}`}>{statusWord}</span>}
                    <br />
                    <span className="party">{c.party ?? "Nonpartisan"}</span>
                  </span>
                  </div>
                </td>
                <td className="num">{formatVotes(c.votes)}</td>
                <td className="num">{formatPct(c.pct)}</td>
                <td className="bar-cell" aria-hidden="true">
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
    </div>
  );
}
