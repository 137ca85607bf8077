import Link from "next/link";
import { CallRetraction } from "@/components/call-retraction";
import { StatusBadge } from "@/components/status-badge";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

export function ElectionRacesTable({ races, timeZone }: { races: RaceResult[]; timeZone: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Every race in this election</caption>
        <thead>
          <tr>
            <th scope="col">Race</th>
            <th scope="col">Status</th>
            <th scope="col">Leader</th>
            <th scope="col" className="num">Margin</th>
            <th scope="col" className="num">Reporting</th>
          </tr>
        </thead>
        <tbody>
          {races.map((race) => {
            const leader = race.totalVotes > 0 ? race.candidates[0] : undefined;
            return (
              <tr key={race.slug}>
                <th scope="row">
                  <Link href={`/races/${race.slug}`}>
                    {race.office}, {race.seat}
                  </Link>
                </th>
                <td>
                  <StatusBadge race={race} />
                  <CallRetraction call={race.call} timeZone={timeZone} />
                </td>
                <td>
                  {leader ? (
                    <>
                      {leader.name} <span className="muted">{formatPct(leader.pct)}</span>
                    </>
                  ) : (
                    <span className="muted">No votes yet</span>
                  )}
                </td>
                <td className="num">
                  {race.margin ? (
                    <>
                      {formatVotes(race.margin.votes)} <span className="muted">({race.margin.pct.toFixed(1)} pts)</span>
                    </>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="num">{formatPct(Math.round(race.reporting.pct), 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
