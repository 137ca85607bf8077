import { toRaceSummary } from "@/lib/domain/race-summary";
import { createElection } from "@/lib/server/commands/create-election";
import { publicJson } from "@/lib/server/http";
import { listElections } from "@/lib/server/queries/elections";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicJson(request, { elections: await listElections() });
}

export async function POST(request: Request) {
  return runCommand(request, async (actor) => {
    const election = await createElection(actor, await readJsonBody(request));
    return Response.json({ ...election, races: election.races.map(toRaceSummary) }, { status: 201 });
  });
}
