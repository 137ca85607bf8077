import Link from "next/link";
import { RaceCard } from "@/components/race-card";
import { formatElectionDate } from "@/lib/domain/time-words";
import { listElectionsWithKeyRaces } from "@/lib/server/queries/elections";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const elections = await listElectionsWithKeyRaces();
  return (
    <>
      <div className="page-intro">
        <h1>Election results</h1>
        <p className="lede">Who leads, by how much, how much is counted, and who won.</p>
      </div>
      {elections.length === 0 && <p>No elections have been set up yet.</p>}
      {elections.map((election) => (
        <section className="election-block" key={election.slug} aria-labelledby={`election-${election.slug}`}>
          <header>
            <h2 id={`election-${election.slug}`}>
              <Link href={`/elections/${election.slug}`}>{election.name}</Link>
            </h2>
            <span className="muted">
              {formatElectionDate(election.date)} · {election.jurisdiction}
            </span>
          </header>
          <ul className="race-list">
            {election.races.map((race) => (
              <RaceCard key={race.slug} race={race} />
            ))}
          </ul>
          {election.raceCount > election.races.length && (
            <p>
              <Link href={`/elections/${election.slug}`}>All {election.raceCount} races in this election</Link>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
