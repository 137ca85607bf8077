import type { Metadata } from "next";
import Link from "next/link";
import { TestDataBadge } from "@/components/status-badge";
import { FOUND_KINDS, foundDetail, KIND_WORDS } from "@/components/search-found";
import { RESULT_LIMIT, tidyQuery } from "@/lib/domain/search";
import { formatElectionDate } from "@/lib/domain/time-words";
import { searchReaderData } from "@/lib/server/queries/reader";

// The search page: what the masthead's box finds, by kind. It works without JavaScript (the box is
// a GET form that lands here), and is rendered for each query: there is nothing worth caching per
// query beyond the index the search reads (queries/reader.ts).
export const dynamic = "force-dynamic";

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = tidyQuery((await searchParams).q);
  return { title: query ? `Search: ${query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = tidyQuery((await searchParams).q);
  const results = query ? await searchReaderData(query, RESULT_LIMIT) : null;
  const total = results ? FOUND_KINDS.reduce((sum, kind) => sum + results[kind].length, 0) : 0;
  return (
    <>
      <div className="page-intro">
        <h1>Search</h1>
        <form role="search" aria-label="Search again" action="/search" method="get" className="search-page-form">
          <label htmlFor="search-page-query">Races, candidates and elections</label>
          <div>
            <input id="search-page-query" type="search" name="q" defaultValue={query} maxLength={100} />
            <button type="submit">Search</button>
          </div>
        </form>
      </div>
      {results && (
        <p className="search-summary" role="status">
          {total === 0 ? (
            <>Nothing found for “{query}”. Try the start of a name: a candidate&apos;s surname, an office, a district.</>
          ) : (
            <>
              {total === 1 ? "1 result" : `${total} results`} for “{query}”
            </>
          )}
        </p>
      )}
      {results &&
        FOUND_KINDS.filter((kind) => results[kind].length > 0).map((kind) => (
          <section key={kind} aria-labelledby={`found-${kind}`} className="search-results">
            <h2 id={`found-${kind}`}>{KIND_WORDS[kind].heading}</h2>
            <ul>
              {results[kind].map((found) => (
                <li key={found.slug}>
                  <Link href={found.url}>{found.name}</Link> {found.testData && <TestDataBadge />}
                  <br />
                  <span className="muted small">{foundDetail(kind, found, formatElectionDate)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
