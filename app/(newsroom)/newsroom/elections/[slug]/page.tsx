import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge, TestDataBadge } from "@/components/status-badge";
import { TableScroll } from "@/components/table-scroll";
import { getElectionSetup } from "@/lib/server/queries/setup-reads";
import { ElectionEditForm } from "./election-edit-form";
import { NewRaceForm } from "./new-race-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { ReaderPageLink } from "../../reader-page-link";

export const dynamic = "force-dynamic";

interface ElectionSetupProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ElectionSetupProps): Promise<Metadata> {
  const { slug } = await params;
  const election = await readIfAllowed((actor) => getElectionSetup(actor, slug));
  return { title: election ? `Set up: ${election.name}` : "Election not found" };
}

export default async function ElectionSetupPage({ params }: ElectionSetupProps) {
  return withDeskAccess("election:setup", async (actor) => {
    const election = await getElectionSetup(actor, (await params).slug);
    if (!election) notFound();
    return (
      <>
        <p className="kicker">
          {election.jurisdiction} · {election.date}
        </p>
        <h1>{election.name}</h1>
        <p className="status-line">
          {election.testData && <TestDataBadge />}
          <ReaderPageLink href={`/elections/${election.slug}`} />
          <Link href={`/newsroom/elections/${election.slug}/feed-import`}>Import a feed file</Link>
          <Link href={`/newsroom/elections/${election.slug}/feeds`}>Feeds</Link>
          <Link href={`/newsroom/elections/${election.slug}/map-layer`}>Map layer</Link>
        </p>
        <section className="desk-panel" aria-labelledby="races-heading">
          <h2 id="races-heading">Races</h2>
          {election.races.length === 0 ? (
            <p>No races yet: add the first one below.</p>
          ) : (
            <TableScroll label="Races">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Race</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">Candidates</th>
                    <th scope="col" className="num">Units</th>
                    <th scope="col">Set-up</th>
                  </tr>
                </thead>
                <tbody>
                  {election.races.map((race) => (
                    <tr key={race.slug}>
                      <th scope="row">
                        <Link href={`/newsroom/races/${race.slug}`}>
                          {race.office}, {race.seat}
                        </Link>
                      </th>
                      <td>
                        <StatusBadge race={race} />
                      </td>
                      <td className="num">{race.candidates.length}</td>
                      <td className="num">{race.units.length}</td>
                      <td>
                        <Link href={`/newsroom/races/${race.slug}/setup`}>
                          Set up<span className="visually-hidden"> {race.office}, {race.seat}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        <div className="setup-columns">
          <NewRaceForm electionSlug={election.slug} />
          <ElectionEditForm
            election={{ slug: election.slug, name: election.name, date: election.date, jurisdiction: election.jurisdiction, testData: election.testData, closeCallsNeedSecondEditor: election.closeCallsNeedSecondEditor }}
          />
        </div>
      </>
    );
  });
}
