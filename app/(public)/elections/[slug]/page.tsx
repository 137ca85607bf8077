import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatUpdatedTime, latestUpdate } from "@/components/live/updated-time";
import { ResultsDownload } from "@/components/results-download";
import { toRaceSummary } from "@/lib/domain/race-summary";
import { TEST_DATA_LABEL } from "@/lib/domain/test-data";
import { formatElectionDate } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { readElection } from "@/lib/server/queries/reader";
import { LiveElectionRaces } from "./live-election-races";

// Cached like the race page: see app/(public)/races/[slug]/page.tsx.
export const revalidate = 5;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface ElectionPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ElectionPageProps): Promise<Metadata> {
  const election = await readElection((await params).slug);
  if (!election) return { title: "Election not found" };
  return { title: election.testData ? `${TEST_DATA_LABEL}: ${election.name}` : election.name };
}

export default async function ElectionPage({ params }: ElectionPageProps) {
  const election = await readElection((await params).slug);
  if (!election) notFound();
  const updated = latestUpdate(election.races);
  return (
    <LiveElectionRaces
      electionSlug={election.slug}
      initialRaces={election.races.map(toRaceSummary)}
      initialTestData={election.testData}
      timeZone={env.DISPLAY_TIME_ZONE}
      serverUpdated={updated ? { iso: updated, text: formatUpdatedTime(updated, env.DISPLAY_TIME_ZONE) } : null}
    >
      <div className="page-intro">
        <p className="kicker">{election.jurisdiction}</p>
        <h1>{election.name}</h1>
        <p className="muted">
          {formatElectionDate(election.date)} · {election.races.length} {election.races.length === 1 ? "race" : "races"}
        </p>
        <ResultsDownload href={`/api/v1/elections/${election.slug}/results.csv`} holds="Every race, unit by unit, with each race's totals." />
      </div>
    </LiveElectionRaces>
  );
}
