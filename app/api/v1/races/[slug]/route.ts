import { notFoundResponse, publicJson } from "@/lib/server/http";
import { getRaceResult } from "@/lib/server/queries/races";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const race = await getRaceResult((await params).slug);
  if (!race) return notFoundResponse("The race");
  return publicJson(request, race);
}
