import { importFeedSnapshot } from "@/lib/server/commands/import-feed";
import { readFeedBody } from "@/lib/server/feeds/feed-body";
import { runCommand } from "@/lib/server/run-command";

/** Body: the feed payload itself. Query: `format` (required), `create=1`, `dryRun=1`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const options = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await importFeedSnapshot(actor, slug, () => readFeedBody(request), options, { origin: "upload" }));
  });
}
