import { notFoundResponse, publicJson } from "@/lib/server/http";
import { getRaceHistory } from "@/lib/server/queries/races";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const history = await getRaceHistory((await params).slug);
  if (!history) return notFoundResponse("The race");
  return publicJson(request, history);
}
