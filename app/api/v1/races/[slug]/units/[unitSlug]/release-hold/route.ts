import { releaseFeedHold } from "@/lib/server/commands/release-feed-hold";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** Applies the feed's count held beside a unit the desk entered by hand. Body: `{version}`. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => Response.json((await releaseFeedHold(actor, slug, unitSlug, await readJsonBody(request))).race));
}
