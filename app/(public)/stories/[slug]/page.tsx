import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/lib/domain/time-words";
import { env } from "@/lib/server/env";
import { readStory } from "@/lib/server/queries/reader";
import type { PublicStory } from "@/lib/server/queries/stories";
import { ShareLinks } from "@/components/share-links";
import { StoryBody } from "@/components/story-body";
import { TestDataBanner } from "@/components/test-data-banner";

// Cached like the race page: see app/(public)/races/[slug]/page.tsx.
export const revalidate = 5;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface StoryPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: StoryPageProps): Promise<Metadata> {
  const story = await readStory((await params).slug);
  if (!story) return { title: "Story not found" };
  // A withdrawn story keeps its address (links to it are out there) but should leave search results.
  return story.status === "pulled" ? { title: `Withdrawn: ${story.headline}`, robots: { index: false } } : { title: story.headline };
}

/** The desk's reason as a sentence a reader can read on its own. */
function asSentence(reason: string): string {
  const text = reason.trim();
  if (text === "") return "The result it reported no longer holds.";
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

function RaceLink({ race }: { race: PublicStory["race"] }) {
  return (
    <p>
      <Link href={`/races/${race.slug}`}>
        Results: {race.office}, {race.seat}
      </Link>
    </p>
  );
}

export default async function StoryPage({ params }: StoryPageProps) {
  const story = await readStory((await params).slug);
  if (!story) notFound();
  const at = (iso: string) => formatDateTime(iso, env.DISPLAY_TIME_ZONE);

  if (story.status === "pulled") {
    return (
      <>
        <TestDataBanner testData={story.race.testData} wide />
        <article className="story">
          <p className="kicker">{story.race.electionName}</p>
          <div className="withdrawn-notice" role="note">
            <h1>This story has been withdrawn.</h1>
            <p>
              &ldquo;{story.headline}&rdquo; was withdrawn <time dateTime={story.pulledAt}>{at(story.pulledAt)}</time>.
            </p>
            <p className="withdrawn-reason">{asSentence(story.pulledReason)}</p>
          </div>
          <RaceLink race={story.race} />
        </article>
      </>
    );
  }

  return (
    <>
      <TestDataBanner testData={story.race.testData} wide />
      <article className="story">
        <header className="page-intro">
          <p className="kicker">
            <Link href={`/races/${story.race.slug}`}>
              {story.race.office}, {story.race.seat}
            </Link>
          </p>
          <h1>{story.headline}</h1>
          <p className="muted small">
            Published <time dateTime={story.publishedAt}>{at(story.publishedAt)}</time>
          </p>
          <ShareLinks url={`${env.PUBLIC_URL}/stories/${story.slug}`} title={story.headline} />
        </header>
        <StoryBody body={story.body} />
        <RaceLink race={story.race} />
      </article>
    </>
  );
}
