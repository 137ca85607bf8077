import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRaceSetup } from "@/lib/server/queries/race-setup";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { NewUnitForm } from "./new-unit-form";
import { RaceCandidates } from "./race-candidates";
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
          <RaceCandidates
            raceSlug={race.slug}
            candidates={candidates.map(({ withdrawnAt, ...c }) => ({ ...c, withdrawn: withdrawnAt && formatDateTime(withdrawnAt, env.DISPLAY_TIME_ZONE) }))}
          />
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
