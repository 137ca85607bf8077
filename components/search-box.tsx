"use client";
// The masthead's search box, its script loaded after the page's own: a reader opens a race page for
// the race, so the suggestions' code stays out of its first load. The server renders the whole box,
// and until its script has come the box is the plain form it also is, which reaches the search page.
import { lazy, Suspense } from "react";
import { SiteSearchForm } from "./site-search-form";

const SearchCombobox = lazy(() => import("./search-combobox").then((module) => ({ default: module.SearchCombobox })));

export function SearchBox() {
  return (
    <Suspense fallback={<SiteSearchForm />}>
      <SearchCombobox />
    </Suspense>
  );
}
