import { publicJson } from "@/lib/server/http";
import { listElections } from "@/lib/server/queries/elections";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return publicJson(request, { elections: await listElections() });
}
