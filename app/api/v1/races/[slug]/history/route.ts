import { notFoundResponse, publicJsonEntry } from "@/lib/server/http";
import { readRaceHistoryJson } from "@/lib/server/queries/reader";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const history = await readRaceHistoryJson((await params).slug);
  if (!history) return notFoundResponse("The race");
  return publicJsonEntry(request, history);
}
