import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallRetraction } from "@/components/call-retraction";
import { CandidateAvatar } from "@/components/candidate-avatar";
import { StatusBadge } from "@/components/status-badge";
import { TestDataBanner } from "@/components/test-data-banner";
import { formatPct, formatVotes } from "@/lib/domain/margin-words";
import { formatElectionDate } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import type { CandidateRun } from "@/lib/server/queries/candidates";
import { readCandidate } from "@/lib/server/queries/reader";

export const dynamic = "force-dynamic";

interface CandidatePageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: CandidatePageProps): Promise<Metadata> {
  const candidate = await readCandidate((await params).slug);
  return { title: candidate ? candidate.name : "Candidate not found" };
}

function outcomeWords({ race, result }: CandidateRun): string {
  if (race.totalVotes === 0) return "No votes yet";
  if (result.status === "winner") return "Won";
  if (result.status === "advancing") return "Advanced to runoff";
  if (result.status === "leading") return "Leading";
  return race.call.status === "called" || race.call.status === "runoff" ? "Lost" : "Trailing";
}

export default async function CandidatePage({ params }: CandidatePageProps) {
  const candidate = await readCandidate((await params).slug);
  if (!candidate) notFound();
  return (
    <>
      <TestDataBanner testData={candidate.runs.some((run) => run.race.testData)} wide>
        The races marked TEST below hold test data.
      </TestDataBanner>
      <div className="profile">
        <CandidateAvatar name={candidate.name} photoUrl={candidate.photoUrl} size="large" />
        <div>
          <p className="kicker">Candidate</p>
          <h1>{candidate.name}</h1>
          <p className="muted">{candidate.party ?? "Nonpartisan"}</p>
          {candidate.bio && <p>{candidate.bio}</p>}
          {candidate.links.length > 0 && (
            <ul className="profile-links">
              {candidate.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <h2>Races</h2>
      {/* On a phone each race stacks into a block of "label … value" lines (.stack-table in
          app/globals.css), so the result and its badge are never cut off; the roles keep it a table
          for screen readers when the phone layout makes its parts blocks. */}
      <table className="stack-table" role="table">
        <caption className="visually-hidden">Every race {candidate.name} ran in, with the result</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Race</th>
            <th scope="col" role="columnheader">Election</th>
            <th scope="col" role="columnheader" className="num">Votes</th>
            <th scope="col" role="columnheader" className="num">Pct.</th>
            <th scope="col" role="columnheader">Result</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {candidate.runs.map(({ race, result, incumbent }) => (
            <tr role="row" key={race.slug}>
              <th scope="row" role="rowheader">
                <Link href={`/races/${race.slug}`}>
                  {race.office}, {race.seat}
                </Link>
                {incumbent && <abbr className="incumbent" title="Incumbent">Inc.</abbr>}
              </th>
              <td role="cell" data-label="Election">
                {race.election.name}
                <br />
                <span className="muted small">{formatElectionDate(race.election.date)}</span>
              </td>
              <td role="cell" className="num" data-label="Votes">{formatVotes(result.votes)}</td>
              <td role="cell" className="num" data-label="Pct.">{formatPct(result.pct)}</td>
              <td role="cell" data-label="Result">
                {outcomeWords({ race, result, incumbent })}
                <br />
                <StatusBadge race={race} />
                <CallRetraction call={race.call} timeZone={env.DISPLAY_TIME_ZONE} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
