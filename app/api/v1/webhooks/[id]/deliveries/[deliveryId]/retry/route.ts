import { resendDelivery } from "@/lib/server/commands/webhooks";
import { runCommand } from "@/lib/server/run-command";

interface DeliveryRetryRoute {
  params: Promise<{ id: string; deliveryId: string }>;
}

export async function POST(request: Request, { params }: DeliveryRetryRoute) {
  const { id, deliveryId } = await params;
  return runCommand(request, async (actor) => Response.json(await resendDelivery(actor, id, deliveryId)));
}
