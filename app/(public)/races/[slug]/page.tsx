import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { formatUpdatedTime } from "@/components/live/updated-time";
import { ResultsDownload } from "@/components/results-download";
import { ShareLinks } from "@/components/share-links";
import { callLabel, marginSentence, retractionLine } from "@/lib/domain/race-status";
import { TEST_DATA_BANNER, TEST_DATA_LABEL } from "@/lib/domain/test-data";
import { formatClock, formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { readCoverage, readRace, readRaceHistory, readRaceMap } from "@/lib/server/queries/reader";
import { LiveRace } from "./live-race";
import { LiveRaceResults, LiveRaceUpdated, LiveUnitResults } from "./live-race-parts";
import { LiveRaceSummary } from "./race-summary";
import { RaceCharts } from "./race-charts";
import { RaceCoverage } from "./race-coverage";
import { RaceMapFigure } from "./race-map";
import { EmbedSnippet } from "./embed-snippet";
import { VotesByMethod } from "./votes-by-method";

// Rendered on a reader's first visit and kept in the page cache until a command invalidates what it
// shows (lib/server/cache/next-cache-handler.cjs). After 5 s a CDN asks again (Cache-Control
// s-maxage=5), and this server re-renders it in the background at most that often.
export const revalidate = 5;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface RacePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: RacePageProps): Promise<Metadata> {
  const race = await readRace((await params).slug);
  if (!race) return { title: "Race not found" };
  // A shared link to test data says so before anything else, in its title as in its picture.
  const test = race.testData ? `${TEST_DATA_BANNER}. ` : "";
  const title = `${race.testData ? `${TEST_DATA_LABEL}: ` : ""}${race.office}, ${race.seat}`;
  // Shared links read like the page: the margin in words and the call. The preview image is
  // opengraph-image.tsx beside this page; its absolute URL is built on PUBLIC_URL (app/layout.tsx).
  const retraction = retractionLine(race.call, (iso) => formatClock(iso, env.DISPLAY_TIME_ZONE));
  const summary = `${test}${marginSentence(race)}. ${callLabel(race)}.${retraction ? ` ${retraction.replace(/[.!?]?$/, ".")}` : ""}`;
  return {
    title,
    description: `${test}${marginSentence(race)}. ${race.election.name}.`,
    openGraph: { title, description: summary, type: "article" },
    twitter: { card: "summary_large_image", title, description: summary },
  };
}

export default async function RacePage({ params }: RacePageProps) {
  const { slug } = await params;
  const [race, history, coverage, map] = await Promise.all([readRace(slug), readRaceHistory(slug), readCoverage(slug), readRaceMap(slug)]);
  if (!race || !history) notFound();
  const timeZone = env.DISPLAY_TIME_ZONE;
  const unitsHeading = `Results by ${race.units.length === 1 ? "reporting unit" : "reporting units"}`;
  const serverTimes = {
    updated: { iso: race.updatedAt, text: formatUpdatedTime(race.updatedAt, timeZone) },
    called: race.call.calledAt ? { iso: race.call.calledAt, text: formatDateTime(race.call.calledAt, timeZone) } : null,
    retracted: race.call.retractedAt ? { iso: race.call.retractedAt, text: formatClock(race.call.retractedAt, timeZone) } : null,
    lastChange: race.lastChange ? { iso: race.lastChange.at, text: formatClock(race.lastChange.at, timeZone) } : null,
  };

  return (
    <LiveRace initial={race} initialHistory={history} timeZone={timeZone} serverTimes={serverTimes}>
      <header className="page-intro">
        <p className="kicker">
          <Link href={`/elections/${race.election.slug}`}>{race.election.name}</Link>
        </p>
        <h1>
          {race.office}, {race.seat}
        </h1>
        <LiveRaceSummary />
        <ShareLinks url={`${env.PUBLIC_URL}/races/${race.slug}`} title={`${race.office}, ${race.seat}: results`} />
      </header>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <LiveRaceResults caption={`Results, ${race.office}, ${race.seat}`} />
      </section>

      <RaceCoverage stories={coverage} />

      {/* Nothing here waits for data: each boundary lets React hydrate the page's parts in turn, with
          the phone free to paint and answer a tap between them, rather than all in one long task. */}
      <Suspense>
        <RaceCharts />
      </Suspense>

      <Suspense>
        <VotesByMethod race={race} timeZone={timeZone} />
      </Suspense>

      {map && <RaceMapFigure map={map} unitsHeading={unitsHeading} />}

      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{unitsHeading}</h2>
        <Suspense>
          <LiveUnitResults />
        </Suspense>
        <ResultsDownload href={`/api/v1/races/${race.slug}/results.csv`} holds="Every reporting unit's count and the race totals, for a spreadsheet." />
      </section>

      <Suspense>
        <EmbedSnippet slug={race.slug} title={`${race.office}, ${race.seat}: live results`} />
      </Suspense>
      <LiveRaceUpdated />
    </LiveRace>
  );
}
