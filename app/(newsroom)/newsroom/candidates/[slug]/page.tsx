import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateAvatar } from "@/components/candidate-avatar";
import { getCandidateSetup } from "@/lib/server/queries/setup-reads";
import { CandidateProfileForm } from "./candidate-profile-form";
import { PhotoUploadForm } from "./photo-upload-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { ReaderPageLink } from "../../reader-page-link";

export const dynamic = "force-dynamic";

interface CandidateSetupProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: CandidateSetupProps): Promise<Metadata> {
  const { slug } = await params;
  const candidate = await readIfAllowed((actor) => getCandidateSetup(actor, slug));
  return { title: candidate ? `Profile: ${candidate.name}` : "Candidate not found" };
}

export default async function CandidateSetupPage({ params }: CandidateSetupProps) {
  return withDeskAccess("election:setup", async (actor) => {
    const candidate = await getCandidateSetup(actor, (await params).slug);
    if (!candidate) notFound();
    const { runs, ...profile } = candidate;
    return (
      <>
        <p className="kicker">Candidate profile</p>
        <h1 className="setup-candidate-title">
          <CandidateAvatar name={candidate.name} photoUrl={candidate.photoUrl} size="large" />
          {candidate.name}
        </h1>
        <p className="status-line">
          <ReaderPageLink href={`/candidates/${candidate.slug}`} />
        </p>
        <div className="setup-columns">
          <div>
            <CandidateProfileForm candidate={profile} />
            <PhotoUploadForm slug={candidate.slug} />
          </div>
          <section className="desk-panel" aria-labelledby="runs-heading">
            <h2 id="runs-heading">Races</h2>
            <ul className="setup-list">
              {runs.map(({ race, incumbent }) => (
                <li key={race.slug}>
                  <Link href={`/newsroom/races/${race.slug}/setup`}>
                    {race.office}, {race.seat}
                  </Link>{" "}
                  <span className="muted small">
                    {race.election.name}, {race.election.date}
                    {incumbent && " · incumbent"}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </>
    );
  });
}
