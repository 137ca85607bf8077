import Link from "next/link";
import type { ReactNode } from "react";
import { DismissibleDemoBanner } from "@/components/demo-banner-dismiss";
import { SiteSearchForm } from "@/components/site-search-form";
import { readHasDemoData } from "@/lib/server/queries/reader";

// The frame of every reader page: masthead with a search form (reader pages give it the search box,
// which suggests as one types), an optional banner (DemoBanner on reader pages), footer.
// It reads nothing itself, so the 404 page, which Next renders into every page, stays static.
export function PublicShell({ children, banner, search = <SiteSearchForm /> }: { children: ReactNode; banner?: ReactNode; search?: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to results
      </a>
      {banner}
      <header className="masthead">
        <div className="masthead-inner">
          <Link href="/" className="masthead-title">
            Election Results
          </Link>
          <nav aria-label="Site">
            <Link href="/">All elections</Link>
          </nav>
          {search}
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        <p>Results are unofficial until certified. Counts come from election officials as they report.</p>
      </footer>
    </>
  );
}

/** Says so when the demo data is loaded, so nobody mistakes it for a real count; a reader who has read it may dismiss it. */
export async function DemoBanner() {
  if (!(await readHasDemoData())) return null;
  return (
    <DismissibleDemoBanner>
      <strong>Demo data.</strong> The 2017 District 5 race is a reconstruction for demonstration; its county
      split, timeline and votes by method are illustrative. Demo County is fictional.
    </DismissibleDemoBanner>
  );
}
