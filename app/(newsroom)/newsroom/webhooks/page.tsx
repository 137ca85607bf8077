import type { Metadata } from "next";
import { env } from "@/lib/server/env";
import { listWebhooks } from "@/lib/server/queries/webhooks";
import { NewWebhookForm } from "./new-webhook-form";
import { WebhookCard } from "./webhook-card";
import { withDeskAccess } from "@/app/(newsroom)/newsroom/desk-access";

export const metadata: Metadata = { title: "Webhooks" };
export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  return withDeskAccess("webhook:manage", async (actor) => {
    const webhooks = await listWebhooks(actor);
    return (
      <>
        <h1>Webhooks</h1>
        <p className="small muted">
          Calls, retractions, runoffs, close and fully reported races, stories published and pulled, failing feeds and corrections are sent as they happen, to
          signed webhooks and Slack. A failed delivery is tried again after 10 seconds, a minute, 5 minutes, 30 minutes and 2 hours. This page shows the
          deliveries when it was loaded: reload it to see newer ones.
        </p>
        {webhooks.length === 0 ? (
          <section className="desk-panel">
            <p>No webhooks yet. Add the first one below.</p>
          </section>
        ) : (
          webhooks.map((webhook) => <WebhookCard key={webhook.id} webhook={webhook} timeZone={env.DISPLAY_TIME_ZONE} />)
        )}
        <NewWebhookForm />
      </>
    );
  });
}
