// Each reporting unit's precincts and votes, a column per candidate. On a phone each unit's row
// stacks into a block of "candidate … votes" lines (app/globals.css, .stack-table), so no
// candidate's column falls off the screen however many there are; the roles keep it a table for
// screen readers when the phone layout makes its parts blocks.
import { TableScroll } from "@/components/table-scroll";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";

const CAPTION = "Votes and precincts reporting in each reporting unit";

/** Each unit's row, which its shape on the race map links to (race-map.tsx). */
export function unitRowId(slug: string): string {
  return `unit-row-${slug}`;
}

export function UnitResultsTable({ race }: { race: RaceResult }) {
  const candidates = [...race.candidates].sort((a, b) => a.ballotOrder - b.ballotOrder).map((c) => ({ ...c, lastName: c.name.split(" ").slice(-1)[0]! }));
  return (
    <TableScroll label={CAPTION}>
      <table className="stack-table" role="table">
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Unit
            </th>
            <th scope="col" role="columnheader" className="num">
              Precincts
            </th>
            {candidates.map((c) => (
              <th scope="col" role="columnheader" className="num" key={c.slug}>
                {c.lastName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {race.units.map((unit) => {
            const pct = unit.precinctsTotal > 0 ? (100 * unit.precinctsReporting) / unit.precinctsTotal : 0;
            return (
              <tr role="row" key={unit.slug} id={unitRowId(unit.slug)}>
                <th scope="row" role="rowheader">
                  {unit.name}
                </th>
                <td role="cell" className="num" data-label="Precincts">
                  {unit.precinctsReporting}/{unit.precinctsTotal} <span className="muted small">({formatPct(pct, 0)})</span>
                </td>
                {candidates.map((c) => (
                  <td role="cell" className="num" data-label={c.lastName} key={c.slug}>
                    {formatVotes(unit.votes[c.slug] ?? 0)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
