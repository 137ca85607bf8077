import Link from "next/link";
import { TestDataBadge } from "@/components/status-badge";
import type { DeskFilter } from "@/lib/domain/attention";
import type { DeskSearchResults } from "@/lib/server/queries/desk-search";

// The dashboard's search: a plain GET form (?q=…), so it works before the page's script has loaded
// and a search can be linked; the dashboard's filter rides along in hidden fields.
export function DeskSearch({ query, filter, results }: { query: string; filter: DeskFilter; results: DeskSearchResults | null }) {
  const found = results ? results.races.length + results.units.length : 0;
  return (
    <section className="desk-panel" aria-labelledby="desk-search-heading">
      <h2 id="desk-search-heading">Find a race or unit</h2>
      <form role="search" action="/newsroom" method="get" className="desk-filter">
        <label>
          Race or reporting unit
          <input type="search" name="q" defaultValue={query} maxLength={100} />
        </label>
        {filter.election && <input type="hidden" name="election" value={filter.election} />}
        {filter.reason && <input type="hidden" name="reason" value={filter.reason} />}
        <button type="submit">Find</button>
      </form>
      {results && (
        <div aria-live="polite">
          {found === 0 ? (
            <p>Nothing on the desk is called “{query}”.</p>
          ) : (
            <ul className="attention desk-search-results" aria-label={`Found for “${query}”`}>
              {results.races.map((race) => (
                <li key={race.url}>
                  <span>
                    <Link href={race.url}>{race.name}</Link> <span className="muted small">{race.electionName}</span> {race.testData && <TestDataBadge />}
                  </span>
                  <span className="small">Race</span>
                </li>
              ))}
              {results.units.map((unit) => (
                <li key={unit.url}>
                  <span>
                    <Link href={unit.url}>
                      {unit.name}
                      <span className="visually-hidden">, {unit.race.name}</span>
                    </Link>{" "}
                    <span className="muted small">
                      {unit.race.name} · {unit.electionName}
                    </span>{" "}
                    {unit.testData && <TestDataBadge />}
                  </span>
                  <span className="small">Reporting unit</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
