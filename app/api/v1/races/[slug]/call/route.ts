import { callRace } from "@/lib/server/commands/call-race";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const { race, pulledStories, pendingCall } = await callRace(actor, slug, await readJsonBody(request));
    // A close call only waits for a second editor: accepted, not yet in effect.
    if (pendingCall) return Response.json({ pendingCall, call: race.call, race }, { status: 202 });
    return Response.json({ call: race.call, pulledStories, race }, { status: 201 });
  });
}
