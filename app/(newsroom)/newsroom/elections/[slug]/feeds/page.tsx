import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/domain/permissions";
import { env } from "@/lib/server/env";
import { listFeedSources } from "@/lib/server/queries/feed-sources";
import { FeedSourceCard } from "./feed-source-card";
import { NewFeedSourceForm } from "./new-feed-source-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { ReaderPageLink } from "../../../reader-page-link";

export const dynamic = "force-dynamic";

interface ElectionFeedsProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ElectionFeedsProps): Promise<Metadata> {
  const { slug } = await params;
  const feeds = await readIfAllowed((actor) => listFeedSources(actor, slug));
  return { title: feeds ? `Feeds: ${feeds.electionName}` : "Election not found" };
}

export default async function ElectionFeedsPage({ params }: ElectionFeedsProps) {
  return withDeskAccess("desk:read", async (actor) => {
    const feeds = await listFeedSources(actor, (await params).slug);
    if (!feeds) notFound();
    const canManage = can(actor.role, "feed:manage");
    return (
      <>
        <p className="kicker">Feeds</p>
        <h1>{feeds.electionName}</h1>
        <p className="status-line">
          <Link href="/newsroom">Desk</Link>
          {can(actor.role, "election:setup") && (
            <>
              {" · "}
              <Link href={`/newsroom/elections/${feeds.election}`}>Set-up</Link>
            </>
          )}
          {" · "}
          <ReaderPageLink href={`/elections/${feeds.election}`} />
        </p>
        <p className="small muted">
          Each source is polled at its interval by one server at a time; a failing source is asked less and less often, up to every 10 minutes. This page
          shows the state when it was loaded: reload it to see newer polls.
        </p>
        {feeds.sources.length === 0 ? (
          <section className="desk-panel">
            <p>No feed sources yet.{canManage ? " Add the first one below." : " Editors add them."}</p>
          </section>
        ) : (
          feeds.sources.map((source) => <FeedSourceCard key={source.id} electionSlug={feeds.election} source={source} timeZone={env.DISPLAY_TIME_ZONE} canManage={canManage} />)
        )}
        <div className="setup-columns">
          {canManage && <NewFeedSourceForm electionSlug={feeds.election} />}
          <section className="desk-panel">
            <h2>A file instead of a feed</h2>
            <p>
              A payload saved from a feed (AP JSON, Clarity XML, zip or JSON, an OpenElections CSV) is applied the same way from{" "}
              <Link href={`/newsroom/elections/${feeds.election}/feed-import`}>Import a feed file</Link>.
            </p>
          </section>
        </div>
      </>
    );
  });
}
