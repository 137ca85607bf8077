import { addRaceCandidate } from "@/lib/server/commands/race-candidates";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

/** 201 with the race, the new candidate last on the ballot, at 0 in every unit. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => Response.json(await addRaceCandidate(actor, slug, await readJsonBody(request)), { status: 201 }));
}
