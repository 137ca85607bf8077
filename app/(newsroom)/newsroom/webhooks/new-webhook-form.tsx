"use client";

import { useActionState } from "react";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks/events";
import { FormField, FormMessage } from "../forms/form-field";
import { fieldErrors, IDLE } from "../forms/form-state";
import { addWebhookAction, type WebhookFormState } from "./actions";

export function NewWebhookForm() {
  const [state, action, pending] = useActionState<WebhookFormState, FormData>(addWebhookAction, IDLE);
  const errors = fieldErrors(state);
  const eventsError = Object.entries(errors).find(([field]) => field === "events" || field.startsWith("events."))?.[1];
  return (
    // After an endpoint is added the form starts empty again; after a refusal it keeps what was typed.
    <form action={action} className="desk-form" aria-labelledby="new-webhook-heading" key={state.status === "saved" ? state.message : "form"}>
      <h2 id="new-webhook-heading">Add a webhook</h2>
      <FormField
        label="Address"
        name="url"
        idPrefix="new-webhook"
        type="url"
        required
        defaultValue={state.status === "refused" ? state.values?.url : undefined}
        error={errors.url}
        hint="(http or https; private and local addresses only when the server lists the host in WEBHOOK_ALLOWED_HOSTS)"
      />
      <label htmlFor="new-webhook-kind">
        Kind
        <select id="new-webhook-kind" name="kind" defaultValue="webhook" aria-describedby="new-webhook-kind-error">
          <option value="webhook">Webhook: signed JSON</option>
          <option value="slack">Slack incoming webhook: readable messages</option>
        </select>
        <span id="new-webhook-kind-error" className="field-error" aria-live="polite">
          {errors.kind}
        </span>
      </label>
      <fieldset aria-describedby="new-webhook-events-error">
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="setup-check">
            <input type="checkbox" name="events" value={type} defaultChecked /> <code>{type}</code>
          </label>
        ))}
        <span id="new-webhook-events-error" className="field-error" aria-live="polite">
          {eventsError}
        </span>
      </fieldset>
      <FormMessage id="new-webhook-message" state={state} />
      {state.secret && (
        <p>
          <code className="secret">{state.secret}</code>
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add webhook"}
      </button>
    </form>
  );
}
