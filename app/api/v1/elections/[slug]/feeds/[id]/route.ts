import { removeFeedSource, updateFeedSource } from "@/lib/server/commands/feed-sources";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

interface FeedSourceRoute {
  params: Promise<{ slug: string; id: string }>;
}

export async function PATCH(request: Request, { params }: FeedSourceRoute) {
  const { slug, id } = await params;
  return runCommand(request, async (actor) => Response.json(await updateFeedSource(actor, slug, id, await readJsonBody(request))));
}

export async function DELETE(request: Request, { params }: FeedSourceRoute) {
  const { slug, id } = await params;
  return runCommand(request, async (actor) => Response.json(await removeFeedSource(actor, slug, id)));
}
