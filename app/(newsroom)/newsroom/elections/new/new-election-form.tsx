"use client";

import { useActionState } from "react";
import { SetupField, SetupFormMessage } from "../setup-field";
import { fieldErrors, IDLE, type SetupFormState } from "../setup-form-state";
import { createElectionAction } from "./actions";

export function NewElectionForm() {
  const [state, action, pending] = useActionState<SetupFormState, FormData>(createElectionAction, IDLE);
  const errors = fieldErrors(state);
  const sent = state.values ?? {};
  return (
    <form action={action} className="desk-form" aria-describedby="new-election-message">
      <SetupField label="Name" name="name" idPrefix="election" required defaultValue={sent.name} error={errors.name} hint="e.g. Atlanta municipal general" />
      <SetupField label="Election day" name="date" idPrefix="election" type="date" required defaultValue={sent.date} error={errors.date} />
      <SetupField label="Jurisdiction" name="jurisdiction" idPrefix="election" required defaultValue={sent.jurisdiction} error={errors.jurisdiction} hint="e.g. City of Atlanta, Georgia" />
      <SetupField
        label="Address (slug)"
        name="slug"
        idPrefix="election"
        defaultValue={sent.slug}
        error={errors.slug}
        hint="optional: made from the name and year when left blank"
      />
      <SetupFormMessage id="new-election-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create election"}
      </button>
    </form>
  );
}
