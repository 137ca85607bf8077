import { toRaceSummary } from "@/lib/domain/race-summary";
import { updateElection } from "@/lib/server/commands/update-election";
import { notFoundResponse, publicJsonEntry } from "@/lib/server/http";
import { readElectionJson } from "@/lib/server/queries/reader";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const election = await readElectionJson((await params).slug);
  if (!election) return notFoundResponse("The election");
  return publicJsonEntry(request, election);
}

export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const election = await updateElection(actor, slug, await readJsonBody(request));
    return Response.json({ ...election, races: election.races.map(toRaceSummary) });
  });
}
