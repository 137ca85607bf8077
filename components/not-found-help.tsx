"use client";
// A 404 that helps: it says what happened and offers every election to continue from. The list is
// fetched from the public API when the page opens, so the page itself needs no data to render.
import Link from "next/link";
import { useEffect, useState } from "react";
import { formatElectionDate } from "@/lib/domain/time-words";

interface ElectionLink {
  slug: string;
  name: string;
  date: string;
}

export function NotFoundHelp() {
  const [elections, setElections] = useState<ElectionLink[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/elections", { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { elections: [] }))
      .then((body: { elections: ElectionLink[] }) => setElections(body.elections))
      // Without the list the page still says what happened and links home.
      .catch(() => {});
    return () => controller.abort();
  }, []);

  return (
    <section className="notice">
      <h1>We couldn’t find that page</h1>
      <p>The race, candidate or election may have been renamed, or the link may be mistyped.</p>
      {elections.length > 0 && (
        <>
          <h2>Elections</h2>
          <ul className="link-list">
            {elections.map((e) => (
              <li key={e.slug}>
                <Link href={`/elections/${e.slug}`}>{e.name}</Link>{" "}
                <span className="muted">{formatElectionDate(e.date)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/">Back to all elections</Link>
      </p>
    </section>
  );
}
