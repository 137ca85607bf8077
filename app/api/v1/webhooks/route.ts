import { addWebhook } from "@/lib/server/commands/webhooks";
import { listWebhooks } from "@/lib/server/queries/webhooks";
import { readJsonBody } from "@/lib/server/request-body";
import { runCommand } from "@/lib/server/run-command";

// Webhooks are the admins': the read checks the caller's role, like the commands.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return runCommand(request, async (actor) => Response.json({ webhooks: await listWebhooks(actor) }));
}

export async function POST(request: Request) {
  return runCommand(request, async (actor) => Response.json(await addWebhook(actor, await readJsonBody(request)), { status: 201 }));
}
