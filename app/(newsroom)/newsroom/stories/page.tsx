import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/server/env";
import { listDeskStories } from "@/lib/server/queries/stories";
import { StoryList } from "./story-list";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";
import { LiveDesk } from "../live-desk";

export const metadata: Metadata = { title: "Stories" };
export const dynamic = "force-dynamic";

export default async function StoriesDeskPage() {
  return withDeskAccess("story:publish", async (actor) => {
    const stories = await listDeskStories(actor);
    const withStatus = (status: string) => stories.filter((s) => s.status === status);
    const timeZone = env.DISPLAY_TIME_ZONE;
    return (
      <>
        <h1>Stories</h1>
        <LiveDesk watch={{ kind: "stories" }} />
        <p className="status-line">
          <Link href="/newsroom/stories/new" className="primary button-link">
            New story
          </Link>
        </p>
        <StoryList id="pulled-heading" title="Pulled" empty="No pulled stories." stories={withStatus("pulled")} timeZone={timeZone} />
        <StoryList id="drafts-heading" title="Drafts" empty="No drafts." stories={withStatus("draft")} timeZone={timeZone} />
        <StoryList id="published-heading" title="Published" empty="Nothing published yet." stories={withStatus("published")} timeZone={timeZone} />
      </>
    );
  });
}
