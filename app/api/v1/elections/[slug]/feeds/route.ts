import { addFeedSource } from "@/lib/server/commands/feed-sources";
import { notFound } from "@/lib/server/errors";
import { listFeedSources } from "@/lib/server/queries/feed-sources";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

// The desk's feed sources are not public: the read checks the caller's role, like the commands.
export const dynamic = "force-dynamic";

interface FeedsRoute {
  params: Promise<{ slug: string }>;
}

export async function GET(request: Request, { params }: FeedsRoute) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const feeds = await listFeedSources(actor, slug);
    if (!feeds) throw notFound(`Election "${slug}"`);
    return Response.json({ election: feeds.election, sources: feeds.sources });
  });
}

export async function POST(request: Request, { params }: FeedsRoute) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await addFeedSource(actor, slug, await readJsonBody(request)), { status: 201 }));
}
