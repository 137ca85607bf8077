import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/domain/permissions";
import { getFeedImportElection } from "@/lib/server/queries/feed-imports";
import { FeedImportForm } from "./feed-import-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const dynamic = "force-dynamic";

/** Next's limit on a server action's body (1 MB, kept: see next.config.js), less room for the other fields. */
const MAX_UPLOAD_BYTES = 1_000_000;

interface FeedImportProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: FeedImportProps): Promise<Metadata> {
  const { slug } = await params;
  const election = await readIfAllowed((actor) => getFeedImportElection(actor, slug));
  return { title: election ? `Feed import: ${election.name}` : "Election not found" };
}

export default async function FeedImportPage({ params }: FeedImportProps) {
  return withDeskAccess("tally:import", async (actor) => {
    const election = await getFeedImportElection(actor, (await params).slug);
    if (!election) notFound();
    const canCreate = can(actor.role, "election:setup");
    return (
      <>
        <p className="kicker">
          {canCreate ? <Link href={`/newsroom/elections/${election.slug}`}>{election.name}</Link> : election.name} · {election.date}
        </p>
        <h1>Import a feed file</h1>
        {election.isTest && <p className="conflict">This election holds test data: nothing about it can be published.</p>}
        <p>
          One snapshot of an AP, Clarity or OpenElections feed, applied to this election all or nothing. Races, candidates and units are matched by the
          feed&apos;s own ids, else by name. Counts that go down are applied and marked as corrections; units the desk entered by hand are held: the
          feed&apos;s count is shown beside them on the race desk. A feed&apos;s call is advice on the call panel.
        </p>
        <p className="small muted">
          {election.races === 0 ? "This election has no races yet" : `This election has ${election.races} ${election.races === 1 ? "race" : "races"}`}.{" "}
          {canCreate
            ? "Tick “create” to add the races, candidates and units the file names that it lacks."
            : "Races, candidates and units the file names must already be on the desk; an editor can import with “create”."}{" "}
          The same file twice changes nothing.
        </p>
        <FeedImportForm electionSlug={election.slug} canCreate={canCreate} maxBytes={MAX_UPLOAD_BYTES} />
      </>
    );
  });
}
