import "server-only";
// The races a story can be written about, grouped by election (newest first), each with its
// candidates, for the desk's new-story form.
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db";

export interface StoryRaceChoice {
  slug: string;
  name: string;
  candidates: { slug: string; name: string }[];
}

export interface StoryElectionChoice {
  name: string;
  races: StoryRaceChoice[];
}

export async function listStoryRaceChoices(actor: Actor | null): Promise<StoryElectionChoice[]> {
  authorize(actor, "story:publish");
  const elections = await db.election.findMany({
    orderBy: [{ date: "desc" }, { name: "asc" }],
    select: {
      name: true,
      races: {
        orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
        select: {
          slug: true,
          office: true,
          seat: true,
          candidacies: { orderBy: { ballotOrder: "asc" }, select: { candidate: { select: { slug: true, name: true } } } },
        },
      },
    },
  });
  return elections
    .filter((e) => e.races.length > 0)
    .map((e) => ({
      name: e.name,
      races: e.races.map((r) => ({ slug: r.slug, name: `${r.office}, ${r.seat}`, candidates: r.candidacies.map((c) => c.candidate) })),
    }));
}
