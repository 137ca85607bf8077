// The race page's "Votes by method": each candidate's votes by how they were cast (election day,
// early, mail, provisional…), with their share of each method's votes, when a feed reports them.
// Nothing at all when none does. Server-rendered, so it shows the count the page was rendered with
// (a write re-renders the page; a reader who stays on it sees the numbers above move first) and the
// note under the table says which count that is. On a phone each candidate's row stacks into a
// block of "method … votes share" lines (app/globals.css, .stack-table), so no number is cut off
// however many methods the feed has; wider screens scroll it sideways when the methods outgrow the page.
import { TableScroll } from "@/components/table-scroll";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import type { RaceResult } from "@/lib/domain/race-result";
import { formatDateTime } from "@/lib/domain/time-words";
import { votesByMethodTable, type MethodCell } from "@/lib/domain/votes-by-method";

const NOT_BY_METHOD = "Not broken down";

const list = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`);

function Count({ cell }: { cell: MethodCell }) {
  return (
    <>
      <span className="mv-votes">{formatVotes(cell.votes)}</span> <span className="mv-share">{formatPct(cell.pct)}</span>
    </>
  );
}

export function VotesByMethod({ race, timeZone }: { race: RaceResult; timeZone: string }) {
  const table = votesByMethodTable(race);
  if (table.columns.length === 0) return null;
  const showRest = !table.complete;
  // Say what the feed calls each method wherever the column says it in plainer words.
  const renamed = table.columns.filter((c) => c.label !== c.method);

  return (
    <section aria-labelledby="methods-heading" className="votes-by-method">
      <h2 id="methods-heading">Votes by method</h2>
      {/* The roles keep it a table for screen readers when the phone layout makes its parts blocks. */}
      <TableScroll label="Votes by method">
        <table className="method-table stack-table" role="table">
          <caption>How each candidate&apos;s votes were cast, and their share of each method&apos;s votes</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Candidate
              </th>
              {table.columns.map((c) => (
                <th scope="col" role="columnheader" className="num" key={`${c.kind}:${c.method}`}>
                  {c.label}
                </th>
              ))}
              {showRest && (
                <th scope="col" role="columnheader" className="num">
                  {NOT_BY_METHOD}
                </th>
              )}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {table.rows.map((row) => (
              <tr role="row" key={row.slug}>
                <th scope="row" role="rowheader">
                  {row.name}
                </th>
                {row.cells.map((cell, i) => (
                  <td role="cell" className="num" data-label={table.columns[i]!.label} key={i}>
                    <Count cell={cell} />
                  </td>
                ))}
                {showRest && (
                  <td role="cell" className="num" data-label={NOT_BY_METHOD}>
                    <Count cell={row.notByMethod} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot role="rowgroup">
            <tr role="row">
              <th scope="row" role="rowheader">
                All candidates
              </th>
              {table.columns.map((c) => (
                <td role="cell" className="num" data-label={c.label} key={`${c.kind}:${c.method}`}>
                  <Count cell={c} />
                </td>
              ))}
              {showRest && (
                <td role="cell" className="num" data-label={NOT_BY_METHOD}>
                  <Count cell={table.notByMethod} />
                </td>
              )}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="small muted method-notes">
        For all candidates, the share is of every vote counted.{" "}
        {showRest && `${formatVotes(table.notByMethod.votes)} votes are not broken down by method: a unit reported no breakdown, or one for an earlier count. `}
        {renamed.length > 0 && `Method names in the results feed: ${list(renamed.map((c) => c.method))}. `}
        As of the count at {formatDateTime(race.updatedAt, timeZone)}.
      </p>
    </section>
  );
}
