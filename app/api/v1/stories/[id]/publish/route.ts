import { publishStory } from "@/lib/server/commands/stories";
import { runCommand } from "@/lib/server/run-command";

/** 200 with the published story, or 409 `gate_closed` with the gate's reason (checked in the write). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return runCommand(request, async (actor) => Response.json(await publishStory(actor, id)));
}
