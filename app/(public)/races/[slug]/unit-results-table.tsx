import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

export function UnitResultsTable({ race }: { race: RaceResult }) {
  const candidates = [...race.candidates].sort((a, b) => a.ballotOrder - b.ballotOrder);
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Votes and precincts reporting in each reporting unit</caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col" className="num">Precincts</th>
            {candidates.map((c) => (
              <th scope="col" className="num" key={c.slug}>
                {c.name.split(" ").slice(-1)[0]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {race.units.map((unit) => {
            const pct = unit.precinctsTotal > 0 ? (100 * unit.precinctsReporting) / unit.precinctsTotal : 0;
            return (
              <tr key={unit.slug}>
                <th scope="row">{unit.name}</th>
                <td className="num">
                  {unit.precinctsReporting}/{unit.precinctsTotal} <span className="muted small">({formatPct(pct, 0)})</span>
                </td>
                {candidates.map((c) => (
                  <td className="num" key={c.slug}>
                    {formatVotes(unit.votes[c.slug] ?? 0)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
