import { MAX_QUERY_LENGTH } from "@/lib/domain/search";
import { SEARCH_LABEL, SEARCH_PLACEHOLDER } from "./search-found";

// The masthead's search without suggestions, and without a script: the 404 page's. Next puts the
// 404 page in every page's bundle, and a second copy of the search box's script there would weigh
// on every reader page's first load.
export function SiteSearchForm() {
  return (
    <form role="search" aria-label="Site search" action="/search" method="get" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        {SEARCH_LABEL}
      </label>
      <input id="site-search" type="search" name="q" placeholder={SEARCH_PLACEHOLDER} maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">Search</button>
    </form>
  );
}
