import { confirmPendingCall } from "@/lib/server/commands/pending-calls";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return runCommand(request, async (actor) => {
    const { race, pulledStories } = await confirmPendingCall(actor, slug, await readJsonBody(request));
    return Response.json({ call: race.call, pulledStories, race }, { status: 201 });
  });
}
