import type { Metadata } from "next";
import { listStoryRaceChoices } from "@/lib/server/queries/stories-races";
import { NewStoryForm } from "./new-story-form";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const metadata: Metadata = { title: "New story" };
export const dynamic = "force-dynamic";

interface NewStoryProps {
  searchParams: Promise<{ race?: string | string[] }>;
}

export default async function NewStoryPage({ searchParams }: NewStoryProps) {
  return withDeskAccess("story:publish", async (actor) => {
    const [elections, { race }] = await Promise.all([listStoryRaceChoices(actor), searchParams]);
    return (
      <div className="setup-narrow">
        <h1>New story</h1>
        <p className="muted small">
          A story is saved as a draft. It can be published only when the race&rsquo;s call is the one it expects, and it is pulled
          automatically if the call changes.
        </p>
        {elections.length === 0 ? (
          <p>There are no races yet: set up an election and its races first.</p>
        ) : (
          <NewStoryForm elections={elections} defaultRace={typeof race === "string" ? race : undefined} />
        )}
      </div>
    );
  });
}
