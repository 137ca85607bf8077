import { createRace } from "@/lib/server/commands/create-race";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await createRace(actor, slug, await readJsonBody(request)), { status: 201 }));
}
