// One status's stories on the desk list. What each needs next leads the line: why a pulled story
// came down, whether a draft can go out yet, when a published one went out.
import Link from "next/link";
import { formatDateTime } from "@/lib/domain/time-words";
import type { DeskStory } from "@/lib/server/queries/stories";
import { ReaderPageLink } from "../reader-page-link";

interface StoryListProps {
  id: string;
  title: string;
  empty: string;
  stories: DeskStory[];
  timeZone: string;
  /** What each story needs next, when a page says it its own way (the race desk's Publish). */
  stateOf?: (story: DeskStory) => React.ReactNode;
}

function StoryState({ story, timeZone }: { story: DeskStory; timeZone: string }) {
  const at = (iso: string | null) => (iso ? ` ${formatDateTime(iso, timeZone)}` : "");
  if (story.status === "pulled") {
    return (
      <p className="pulled-reason">
        <strong>Pulled{at(story.pulledAt)}:</strong> {story.pulledReason}
      </p>
    );
  }
  if (story.status === "published") {
    return (
      <p className="small">
        Published{at(story.publishedAt)} · <ReaderPageLink href={`/stories/${story.slug}`} />
      </p>
    );
  }
  return <p className={story.gate.open ? "small saved" : "small muted"}>{story.gate.open ? "Ready to publish" : `Cannot publish yet: ${story.gate.reason}`}</p>;
}

export function StoryList({ id, title, empty, stories, timeZone, stateOf }: StoryListProps) {
  return (
    <section className="desk-panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted small">({stories.length})</span>
      </h2>
      {stories.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="story-list">
          {stories.map((story) => (
            <li key={story.id}>
              <Link href={`/newsroom/stories/${story.id}`} className="story-headline">
                {story.headline}
              </Link>
              <p className="small muted">
                {story.race.office}, {story.race.seat} · {story.race.electionName} · expects: {story.expectsWords}
              </p>
              {stateOf ? stateOf(story) : <StoryState story={story} timeZone={timeZone} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
