import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportingMeter } from "@/components/reporting-meter";
import { ResultsTable } from "@/components/results-table";
import { StatusBadge } from "@/components/status-badge";
import { marginSentence } from "@/lib/domain/race-status";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { getRaceHistory, getRaceResult } from "@/lib/server/queries/races";
import { listCoverage } from "@/lib/server/queries/stories";
import { RaceCharts } from "./race-charts";
import { RaceCoverage } from "./race-coverage";
import { RaceFlags } from "./race-flags";
import { UnitResultsTable } from "./unit-results-table";

export const dynamic = "force-dynamic";

interface RacePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: RacePageProps): Promise<Metadata> {
  const race = await getRaceResult((await params).slug);
  if (!race) return { title: "Race not found" };
  return { title: `${race.office}, ${race.seat}`, description: `${marginSentence(race)}. ${race.election.name}.` };
}

export default async function RacePage({ params }: RacePageProps) {
  const { slug } = await params;
  const [race, history, coverage] = await Promise.all([getRaceResult(slug), getRaceHistory(slug), listCoverage(slug)]);
  if (!race || !history) notFound();

  return (
    <article>
      <header className="page-intro">
        <p className="kicker">
          <Link href={`/elections/${race.election.slug}`}>{race.election.name}</Link>
        </p>
        <h1>
          {race.office}, {race.seat}
        </h1>
        <div className="status-line">
          <StatusBadge race={race} />
          {race.call.calledAt && (
            <span className="muted small">Called {formatDateTime(race.call.calledAt, env.DISPLAY_TIME_ZONE)}</span>
          )}
        </div>
        <p className="margin-words">{marginSentence(race)}</p>
        <ReportingMeter reporting={race.reporting} />
        {race.call.note && <p className="small muted">Desk note: {race.call.note}</p>}
      </header>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <ResultsTable race={race} caption={`Results, ${race.office}, ${race.seat}`} />
        <RaceFlags race={race} />
      </section>

      <RaceCoverage stories={coverage} />

      <RaceCharts race={race} history={history} timeZone={env.DISPLAY_TIME_ZONE} />

      <section aria-labelledby="units-heading">
        <h2 id="units-heading">Results by {race.units.length === 1 ? "reporting unit" : "reporting units"}</h2>
        <UnitResultsTable race={race} />
      </section>

      <p className="updated">Last updated {formatDateTime(race.updatedAt, env.DISPLAY_TIME_ZONE)}</p>
    </article>
  );
}
