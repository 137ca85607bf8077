import type { WebhookDeliveryState, WebhookEndpointState } from "@/lib/domain/webhooks/webhook-json";
import { formatDateTime } from "@/lib/domain/time-words";
import { ResendButton, WebhookControls } from "./webhook-controls";

const STATUS_WORDS: Record<WebhookDeliveryState["status"], string> = { pending: "Pending", delivered: "Delivered", failed: "Failed" };

/** One endpoint: where it is, what it wants, and how its latest deliveries went. */
export function WebhookCard({ webhook, timeZone }: { webhook: WebhookEndpointState; timeZone: string }) {
  const at = (iso: string | null, none: string) => (iso ? formatDateTime(iso, timeZone, { seconds: true }) : none);
  const headingId = `webhook-${webhook.id}-heading`;
  return (
    <section className="desk-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <code className="feed-url">{webhook.url}</code> <span className="reason">{webhook.kind === "slack" ? "Slack" : "Webhook"}</span>
      </h2>
      <p className="small">Sent: {webhook.events.join(", ")}</p>
      <WebhookControls webhook={webhook} />
      <h3>Latest deliveries</h3>
      {webhook.deliveries.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">The latest deliveries to {webhook.url}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Code</th>
              <th scope="col">Tries</th>
              <th scope="col">Last try</th>
              <th scope="col">Next try</th>
              <th scope="col">Answer</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {webhook.deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>
                  <code>{delivery.type}</code>
                  <br />
                  <span className="muted small">{delivery.eventId}</span>
                </td>
                <td>{STATUS_WORDS[delivery.status]}</td>
                <td>{delivery.lastStatusCode ?? "—"}</td>
                <td>{delivery.attempts}</td>
                <td>{at(delivery.lastAttemptAt, "not yet")}</td>
                <td>{delivery.status === "pending" ? at(delivery.nextAttemptAt, "now") : "—"}</td>
                <td className="small">
                  {delivery.lastError && <span className={delivery.status === "delivered" ? "muted" : "field-error"}>{delivery.lastError} </span>}
                  {delivery.responseExcerpt && <code>{delivery.responseExcerpt}</code>}
                </td>
                <td>
                  <ResendButton webhookId={webhook.id} delivery={delivery.id} label={`${delivery.type} ${delivery.eventId}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
