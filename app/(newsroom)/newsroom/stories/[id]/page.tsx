import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { getDeskStory } from "@/lib/server/queries/stories";
import { TestDataBadge } from "@/components/status-badge";
import { StoryStatusBadge } from "../story-status";
import { PublishForm } from "./publish-form";
import { PublishedStoryNote } from "./published-story-note";
import { StoryEditForm } from "./story-edit-form";
import { readIfAllowed, withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { ReaderPageLink } from "../../reader-page-link";

export const dynamic = "force-dynamic";

interface StoryDeskProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: StoryDeskProps): Promise<Metadata> {
  const { id } = await params;
  const story = await readIfAllowed((actor) => getDeskStory(actor, id));
  return { title: story ? `Story: ${story.headline}` : "Story not found" };
}

export default async function StoryDeskPage({ params }: StoryDeskProps) {
  return withDeskAccess("story:publish", async (actor) => {
    const story = await getDeskStory(actor, (await params).id);
    if (!story) notFound();
    const at = (iso: string) => formatDateTime(iso, env.DISPLAY_TIME_ZONE);
    return (
      <>
        <p className="kicker">
          {story.race.electionName} · <Link href={`/newsroom/races/${story.race.slug}`}>{story.race.office}, {story.race.seat}</Link>
        </p>
        <h1>{story.headline}</h1>
        <div className="status-line">
          <StoryStatusBadge status={story.status} />
          {story.race.testData && <TestDataBadge />}
          <span>Expects: {story.expectsWords}</span>
          <Link href="/newsroom/stories">All stories</Link>
        </div>
        {story.status === "pulled" && (
          <div className="pulled-notice" role="status">
            <p>
              <strong>Pulled{story.pulledAt && ` ${at(story.pulledAt)}`}:</strong> {story.pulledReason}
            </p>
            <p className="small">
              Readers see a withdrawal notice at <ReaderPageLink href={`/stories/${story.slug}`}>its address</ReaderPageLink>. Rewrite it for the result
              that happened, or publish it again if the call returns to the one it expects.
            </p>
          </div>
        )}
        {story.status === "published" ? (
          <PublishedStoryNote story={story} publishedAt={story.publishedAt && at(story.publishedAt)} />
        ) : (
          <div className="setup-columns">
            <StoryEditForm story={story} />
            <PublishForm storyId={story.id} gate={story.gate} republish={story.status === "pulled"} />
          </div>
        )}
      </>
    );
  });
}
