import Link from "next/link";
import type { ReactNode } from "react";
import { hasDemoData } from "@/lib/server/queries/elections";

// The frame of every reader page: masthead, the demo-data banner when demo data is loaded, footer.
export async function PublicShell({ children }: { children: ReactNode }) {
  const demo = await hasDemoData();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to results
      </a>
      {demo && (
        <div className="demo-banner" role="note">
          <strong>Demo data.</strong> The 2017 District 5 race is a reconstruction for demonstration; its
          county split and timeline are illustrative. Demo County is fictional.
        </div>
      )}
      <header className="masthead">
        <div className="masthead-inner">
          <Link href="/" className="masthead-title">
            Election Results
          </Link>
          <nav aria-label="Site">
            <Link href="/">All elections</Link>
          </nav>
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
