import { resultsCsv, resultsCsvFileName } from "@/lib/domain/results-csv";
import { notFoundResponse, publicCsvDownload } from "@/lib/server/http";
import { readRace } from "@/lib/server/queries/reader";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const race = await readRace((await params).slug);
  if (!race) return notFoundResponse("The race");
  return publicCsvDownload(request, resultsCsv([race]), resultsCsvFileName(race.slug));
}
