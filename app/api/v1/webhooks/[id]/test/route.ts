import { sendTestEvent } from "@/lib/server/commands/webhooks";
import { runCommand } from "@/lib/server/run-command";

interface WebhookTestRoute {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: WebhookTestRoute) {
  const { id } = await params;
  return runCommand(request, async (actor) => Response.json(await sendTestEvent(actor, id), { status: 201 }));
}
