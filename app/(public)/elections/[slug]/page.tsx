import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatElectionDate } from "@/lib/domain/time-words";
import { getElection } from "@/lib/server/queries/elections";
import { ElectionRacesTable } from "./election-races-table";

export const dynamic = "force-dynamic";

interface ElectionPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ElectionPageProps): Promise<Metadata> {
  const election = await getElection((await params).slug);
  return { title: election ? election.name : "Election not found" };
}

export default async function ElectionPage({ params }: ElectionPageProps) {
  const election = await getElection((await params).slug);
  if (!election) notFound();
  return (
    <>
      <div className="page-intro">
        <p className="kicker">{election.jurisdiction}</p>
        <h1>{election.name}</h1>
        <p className="muted">
          {formatElectionDate(election.date)} · {election.races.length} {election.races.length === 1 ? "race" : "races"}
        </p>
      </div>
      <ElectionRacesTable races={election.races} />
    </>
  );
}
