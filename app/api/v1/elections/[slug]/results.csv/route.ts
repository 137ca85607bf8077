import { resultsCsv, resultsCsvFileName } from "@/lib/domain/results-csv";
import { notFoundResponse, publicCsvDownload } from "@/lib/server/http";
import { readElection } from "@/lib/server/queries/reader";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const election = await readElection((await params).slug);
  if (!election) return notFoundResponse("The election");
  return publicCsvDownload(request, resultsCsv(election.races), resultsCsvFileName(election.slug));
}
