// `GET /api/v1/desk/events`: what changed on the desk, as it happens (server-sent events), for
// signed-in staff. Desk pages follow it to read themselves again (app/(newsroom)/newsroom/live-desk.tsx).
import { authorize } from "@/lib/server/auth/authorize";
import { deskChangeStreamResponse } from "@/lib/server/events/event-streams";
import { runCommand } from "@/lib/server/run-command";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return runCommand(request, async (actor) => {
    authorize(actor, "desk:read");
    return deskChangeStreamResponse(request);
  });
}
