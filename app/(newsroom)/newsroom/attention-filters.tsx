import Link from "next/link";
import { ATTENTION_REASONS, ATTENTION_WORDS, type DeskFilter } from "@/lib/domain/attention";

// The dashboard's filters: plain GET parameters (?election=…&reason=…), so they work without the
// page's script, can be linked, and stay when the live desk reads the page again (router.refresh
// keeps the address).
export function AttentionFilters({ filter, elections, query }: { filter: DeskFilter; elections: { slug: string; name: string }[]; query: string }) {
  const filtered = filter.election !== null || filter.reason !== null;
  return (
    <form action="/newsroom" method="get" className="desk-filter" aria-label="Filter the races">
      <label>
        Election
        <select name="election" defaultValue={filter.election ?? ""}>
          <option value="">All elections</option>
          {elections.map((election) => (
            <option key={election.slug} value={election.slug}>
              {election.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Needs attention because
        <select name="reason" defaultValue={filter.reason ?? ""}>
          <option value="">Any reason</option>
          {ATTENTION_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {ATTENTION_WORDS[reason]}
            </option>
          ))}
        </select>
      </label>
      {query && <input type="hidden" name="q" value={query} />}
      <button type="submit">Filter</button>
      {filtered && <Link href={query ? `/newsroom?q=${encodeURIComponent(query)}` : "/newsroom"}>Show everything</Link>}
    </form>
  );
}
