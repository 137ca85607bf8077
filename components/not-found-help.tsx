import Link from "next/link";
import { formatElectionDate } from "@/lib/domain/time-words";
import { listElections } from "@/lib/server/queries/elections";

// A 404 that helps: it says what happened and offers every election to continue from.
export async function NotFoundHelp() {
  const elections = await listElections();
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
