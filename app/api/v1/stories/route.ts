import { createStory } from "@/lib/server/commands/stories";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** A new draft: 201 with the story, `status: "draft"`. */
export async function POST(request: Request) {
  return runCommand(request, async (actor) => Response.json(await createStory(actor, await readJsonBody(request)), { status: 201 }));
}
