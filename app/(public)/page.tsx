import Link from "next/link";
import { formatUpdatedTime, latestUpdate } from "@/components/live/updated-time";
import { MAX_STREAMS_PER_PAGE } from "@/lib/domain/live-transport";
import { toRaceSummary } from "@/lib/domain/race-summary";
import { formatElectionDate } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { readHomeElections } from "@/lib/server/queries/reader";
import { LiveKeyRaces } from "./live-key-races";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const elections = await readHomeElections();
  const timeZone = env.DISPLAY_TIME_ZONE;
  return (
    <>
      <div className="page-intro">
        <h1>Election results</h1>
        <p className="lede">Who leads, by how much, how much is counted, and who won.</p>
      </div>
      {elections.length === 0 && <p>No elections have been set up yet.</p>}
      {elections.map((election, index) => {
        const updated = latestUpdate(election.races);
        return (
          <section className="election-block" key={election.slug} aria-labelledby={`election-${election.slug}`}>
            <header>
              <h2 id={`election-${election.slug}`}>
                <Link href={`/elections/${election.slug}`}>{election.name}</Link>
              </h2>
              <span className="muted">
                {formatElectionDate(election.date)} · {election.jurisdiction}
              </span>
            </header>
            <LiveKeyRaces
              electionSlug={election.slug}
              initialRaces={election.races.map(toRaceSummary)}
              initialTestData={election.testData}
              timeZone={timeZone}
              serverUpdated={updated ? { iso: updated, text: formatUpdatedTime(updated, timeZone) } : null}
              // The newest elections, the ones counting tonight, come first and stream; older ones poll.
              streamed={index < MAX_STREAMS_PER_PAGE}
            />
            {election.raceCount > election.races.length && (
              <p>
                <Link href={`/elections/${election.slug}`}>All {election.raceCount} races in this election</Link>
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
