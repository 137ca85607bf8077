import { updateRace } from "@/lib/server/commands/update-race";
import { notFoundResponse, publicJsonEntry } from "@/lib/server/http";
import { readRaceJson } from "@/lib/server/queries/reader";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const race = await readRaceJson((await params).slug);
  if (!race) return notFoundResponse("The race");
  return publicJsonEntry(request, race);
}

export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await updateRace(actor, slug, await readJsonBody(request))));
}
