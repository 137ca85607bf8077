import { removeWebhook } from "@/lib/server/commands/webhooks";
import { runCommand } from "@/lib/server/run-command";

interface WebhookRoute {
  params: Promise<{ id: string }>;
}

export async function DELETE(request: Request, { params }: WebhookRoute) {
  const { id } = await params;
  return runCommand(request, async (actor) => Response.json(await removeWebhook(actor, id)));
}
