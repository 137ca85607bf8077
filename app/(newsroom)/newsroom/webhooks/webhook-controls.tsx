"use client";

import { useActionState } from "react";
import { FormMessage } from "../forms/form-field";
import { IDLE, type FormState } from "../forms/form-state";
import { removeWebhookAction, resendDeliveryAction, sendTestEventAction } from "./actions";

/** Send a test event to an endpoint, or remove it. */
export function WebhookControls({ webhook }: { webhook: { id: string; url: string } }) {
  const [testState, testAction, testing] = useActionState<FormState, FormData>(sendTestEventAction, IDLE);
  const [removeState, removeAction, removing] = useActionState<FormState, FormData>(removeWebhookAction, IDLE);
  return (
    <div className="unit-actions">
      <form action={testAction} className="inline-form">
        <input type="hidden" name="webhook" value={webhook.id} />
        <button type="submit" disabled={testing}>
          Send a test event<span className="visually-hidden"> to {webhook.url}</span>
        </button>
      </form>
      <form
        action={removeAction}
        className="inline-form"
        onSubmit={(event) => {
          if (!window.confirm(`Remove ${webhook.url}? Nothing more will be sent to it.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="webhook" value={webhook.id} />
        <button type="submit" disabled={removing}>
          Remove<span className="visually-hidden"> {webhook.url}</span>
        </button>
      </form>
      <FormMessage id={`webhook-${webhook.id}-test-message`} state={testState} />
      <FormMessage id={`webhook-${webhook.id}-remove-message`} state={removeState} />
    </div>
  );
}

/** Send one delivery again, now. */
export function ResendButton({ webhookId, delivery, label }: { webhookId: string; delivery: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resendDeliveryAction, IDLE);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="webhook" value={webhookId} />
      <input type="hidden" name="delivery" value={delivery} />
      <button type="submit" disabled={pending}>
        Send again<span className="visually-hidden"> {label}</span>
      </button>
      <FormMessage id={`delivery-${delivery}-message`} state={state} />
    </form>
  );
}
