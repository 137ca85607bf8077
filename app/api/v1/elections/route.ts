import { toRaceSummary } from "@/lib/domain/race-summary";
import { createElection } from "@/lib/server/commands/create-election";
import { publicJsonEntry } from "@/lib/server/http";
import { readElectionListJson } from "@/lib/server/queries/reader";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicJsonEntry(request, await readElectionListJson());
}

export async function POST(request: Request) {
  return runCommand(request, async (actor) => {
    const election = await createElection(actor, await readJsonBody(request));
    return Response.json({ ...election, races: election.races.map(toRaceSummary) }, { status: 201 });
  });
}
