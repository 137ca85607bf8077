import Link from "next/link";
import { CallRetraction } from "@/components/call-retraction";
import { StatusBadge } from "@/components/status-badge";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

// Every race in the election, a row each. On a phone each row stacks into a block of "label … value"
// lines (app/globals.css, .stack-table), so the margin and the share reporting are never cut off;
// the roles keep it a table for screen readers when the phone layout makes its parts blocks.
export function ElectionRacesTable({ races, timeZone }: { races: RaceResult[]; timeZone: string }) {
  return (
    <table className="stack-table" role="table">
      <caption className="visually-hidden">Every race in this election</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Race</th>
          <th scope="col" role="columnheader">Status</th>
          <th scope="col" role="columnheader">Leader</th>
          <th scope="col" role="columnheader" className="num">Margin</th>
          <th scope="col" role="columnheader" className="num">Reporting</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {races.map((race) => {
          const leader = race.totalVotes > 0 ? race.candidates[0] : undefined;
          return (
            <tr role="row" key={race.slug}>
              <th scope="row" role="rowheader">
                <Link href={`/races/${race.slug}`}>
                  {race.office}, {race.seat}
                </Link>
              </th>
              <td role="cell" data-label="Status">
                <StatusBadge race={race} />
                <CallRetraction call={race.call} timeZone={timeZone} />
              </td>
              <td role="cell" data-label="Leader">
                {leader ? (
                  <>
                    {leader.name} <span className="muted">{formatPct(leader.pct)}</span>
                  </>
                ) : (
                  <span className="muted">No votes yet</span>
                )}
              </td>
              <td role="cell" className="num" data-label="Margin">
                {race.margin ? (
                  <>
                    {formatVotes(race.margin.votes)} <span className="muted">({race.margin.pct.toFixed(1)} pts)</span>
                  </>
                ) : (
                  "–"
                )}
              </td>
              <td role="cell" className="num" data-label="Reporting">{formatPct(Math.round(race.reporting.pct), 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
