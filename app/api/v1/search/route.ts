import { SUGGESTION_LIMIT } from "@/lib/domain/search";
import { publicJson } from "@/lib/server/http";
import { searchReaderData } from "@/lib/server/queries/reader";

export const dynamic = "force-dynamic";

// The search box's suggestions: public and cacheable like every reader read, so a CDN answers the
// same few letters typed by many readers once.
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get("q") ?? "";
  return publicJson(request, await searchReaderData(query, SUGGESTION_LIMIT));
}
