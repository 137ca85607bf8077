import { updateCandidate } from "@/lib/server/commands/update-candidate";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await updateCandidate(actor, slug, await readJsonBody(request))));
}
