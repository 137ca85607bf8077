"use client";

import { useActionState } from "react";
import { FormField, FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { createElectionAction } from "./actions";

export function NewElectionForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createElectionAction, IDLE);
  const errors = fieldErrors(state);
  const sent = state.values ?? {};
  return (
    <form action={action} className="desk-form" aria-describedby="new-election-message">
      <FormField label="Name" name="name" idPrefix="election" required defaultValue={sent.name} error={errors.name} hint="e.g. Atlanta municipal general" />
      <FormField label="Election day" name="date" idPrefix="election" type="date" required defaultValue={sent.date} error={errors.date} />
      <FormField label="Jurisdiction" name="jurisdiction" idPrefix="election" required defaultValue={sent.jurisdiction} error={errors.jurisdiction} hint="e.g. City of Atlanta, Georgia" />
      <FormField
        label="Address (slug)"
        name="slug"
        idPrefix="election"
        defaultValue={sent.slug}
        error={errors.slug}
        hint="optional: made from the name and year when left blank"
      />
      <FormMessage id="new-election-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create election"}
      </button>
    </form>
  );
}
