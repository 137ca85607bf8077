import { getStory, updateStory } from "@/lib/server/commands/stories";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

// Drafts are not public: even reading a story by id goes through the command, which checks the role.
export const dynamic = "force-dynamic";

interface StoryRoute {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: StoryRoute) {
  const { id } = await params;
  return runCommand(request, async (actor) => Response.json(await getStory(actor, id)));
}

export async function PATCH(request: Request, { params }: StoryRoute) {
  const { id } = await params;
  return runCommand(request, async (actor) => Response.json(await updateStory(actor, id, await readJsonBody(request))));
}
