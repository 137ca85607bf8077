import { getUnitHistory } from "@/lib/server/queries/unit-history";
import { runCommand } from "@/lib/server/run-command";

// Who saved the unit and what they wrote is the desk's business: the read checks the caller's role.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; unitSlug: string }> }) {
  const { slug, unitSlug } = await params;
  return runCommand(request, async (actor) => Response.json(await getUnitHistory(actor, slug, unitSlug)));
}
