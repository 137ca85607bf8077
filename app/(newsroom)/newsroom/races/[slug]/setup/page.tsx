import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRaceSetup } from "@/lib/server/queries/race-setup";
import { NewUnitForm } from "./new-unit-form";
import { RaceSettingsForm } from "./race-settings-form";
import { UnitSetupForm } from "./unit-setup-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { ReaderPageLink } from "../../../reader-page-link";

export const dynamic = "force-dynamic";

interface RaceSetupProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: RaceSetupProps): Promise<Metadata> {
  const { slug } = await params;
  const race = await readIfAllowed((actor) => getRaceSetup(actor, slug));
  return { title: race ? `Set up: ${race.office}, ${race.seat}` : "Race not found" };
}

export default async function RaceSetupPage({ params }: RaceSetupProps) {
  return withDeskAccess("election:setup", async (actor) => {
    const race = await getRaceSetup(actor, (await params).slug);
    if (!race) notFound();
    const { candidates, units, election, ...settings } = race;
    return (
      <>
        <p className="kicker">
          <Link href={`/newsroom/elections/${election.slug}`}>{election.name}</Link>
        </p>
        <h1>
          Set up: {race.office}, {race.seat}
        </h1>
        <p className="status-line">
          <Link href={`/newsroom/races/${race.slug}`}>Tally entry</Link>
          <ReaderPageLink href={`/races/${race.slug}`} />
        </p>
        <div className="setup-columns">
          <RaceSettingsForm race={settings} />
          <section className="desk-panel" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading">Candidates</h2>
            <p className="small muted">A candidate&apos;s profile is shared by every race they run in.</p>
            <ol className="setup-list">
              {candidates.map((c) => (
                <li key={c.slug}>
                  <Link href={`/newsroom/candidates/${c.slug}`}>
                    Edit<span className="visually-hidden"> the profile of</span> {c.name}
                  </Link>{" "}
                  <span className="muted small">
                    {[c.party, c.incumbent ? "incumbent" : null].filter(Boolean).join(" · ")}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <section className="desk-panel" aria-labelledby="units-heading">
          <h2 id="units-heading">Reporting units</h2>
          <p className="small muted">A unit&apos;s precincts cannot go below those already reporting.</p>
          {units.map((unit) => (
            <UnitSetupForm key={unit.slug} raceSlug={race.slug} unit={unit} />
          ))}
          <NewUnitForm raceSlug={race.slug} />
        </section>
      </>
    );
  });
}
