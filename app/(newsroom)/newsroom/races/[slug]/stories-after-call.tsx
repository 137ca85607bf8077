// The stories a call let out, below the call panel: each draft the call satisfies, with Publish;
// each it does not, still blocked, with the gate's reason; and those published since the call, with
// their reader page. Editors only: the read itself refuses anyone who may not publish.
import type { DeskStory } from "@/lib/server/queries/stories";
import { ReaderPageLink } from "../../reader-page-link";
import { StoryList } from "../../stories/story-list";
import { PublishAfterCall } from "./publish-after-call";

function StoryAfterCall({ story, raceSlug }: { story: DeskStory; raceSlug: string }) {
  if (story.status === "published") {
    return (
      <p className="small saved">
        Published · <ReaderPageLink href={`/stories/${story.slug}`} />
      </p>
    );
  }
  if (!story.gate.open) return <p className="small gate-reason">Still blocked: {story.gate.reason}</p>;
  return <PublishAfterCall storyId={story.id} raceSlug={raceSlug} headline={story.headline} />;
}

export function StoriesAfterCall({ stories, raceSlug, timeZone }: { stories: DeskStory[]; raceSlug: string; timeZone: string }) {
  if (stories.length === 0) return null;
  return (
    <StoryList
      id="after-call-heading"
      title="Stories on this call"
      empty=""
      stories={stories}
      timeZone={timeZone}
      stateOf={(story) => <StoryAfterCall story={story} raceSlug={raceSlug} />}
    />
  );
}
