// `GET /api/v1/races/{slug}/events`: the race's JSON now, then again at each change (server-sent
// events). In production the front door answers it first (lib/server/events/event-streams.ts).
import { eventStreamResponse } from "@/lib/server/events/event-streams";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return eventStreamResponse(request, "race", (await params).slug);
}
