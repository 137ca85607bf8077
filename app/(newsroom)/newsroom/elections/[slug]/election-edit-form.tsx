"use client";

import { useActionState } from "react";
import type { ElectionSummary } from "@/lib/server/queries/elections";
import { SetupField, SetupFormMessage } from "../setup-field";
import { fieldErrors, IDLE, type SetupFormState } from "../setup-form-state";
import { updateElectionAction } from "./actions";

export function ElectionEditForm({ election }: { election: Pick<ElectionSummary, "slug" | "name" | "date" | "jurisdiction"> }) {
  const [state, action, pending] = useActionState<SetupFormState, FormData>(updateElectionAction, IDLE);
  const errors = fieldErrors(state);
  const value = (name: "name" | "date" | "jurisdiction") => state.values?.[name] ?? election[name];
  return (
    <form action={action} className="desk-form" aria-labelledby="edit-election-heading">
      <h2 id="edit-election-heading">Election details</h2>
      <input type="hidden" name="election" value={election.slug} />
      <SetupField label="Name" name="name" idPrefix="edit-election" required defaultValue={value("name")} error={errors.name} />
      <SetupField label="Election day" name="date" idPrefix="edit-election" type="date" required defaultValue={value("date")} error={errors.date} />
      <SetupField label="Jurisdiction" name="jurisdiction" idPrefix="edit-election" required defaultValue={value("jurisdiction")} error={errors.jurisdiction} />
      <SetupFormMessage id="edit-election-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save election"}
      </button>
    </form>
  );
}
