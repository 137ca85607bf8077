// A published story on the desk: read-only, because readers already have it. The call command
// pulls it if the call stops being the one it expects; after that it can be edited again.
import type { DeskStoryDetail } from "@/lib/server/queries/stories";
import { StoryBody } from "@/components/story-body";
import { ReaderPageLink } from "../../reader-page-link";

export function PublishedStoryNote({ story, publishedAt }: { story: DeskStoryDetail; publishedAt: string | null }) {
  return (
    <section className="desk-panel" aria-labelledby="published-heading">
      <h2 id="published-heading">Published{publishedAt && ` ${publishedAt}`}</h2>
      <p className="small muted">
        A published story cannot be edited: it would change what readers already have. If the call changes so that this
        story no longer holds, it is pulled automatically and can be edited again.{" "}
        <ReaderPageLink href={`/stories/${story.slug}`} />
      </p>
      <StoryBody body={story.body} />
    </section>
  );
}
