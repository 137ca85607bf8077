import { toRaceSummary } from "@/lib/domain/race-summary";
import { notFoundResponse, publicJson } from "@/lib/server/http";
import { getElection } from "@/lib/server/queries/elections";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const election = await getElection((await params).slug);
  if (!election) return notFoundResponse("The election");
  return publicJson(request, { ...election, races: election.races.map(toRaceSummary) });
}
