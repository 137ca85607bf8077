"use client";

import { useActionState } from "react";
import { TEST_DATA_BANNER } from "@/lib/domain/test-data";
import type { ElectionSetup } from "@/lib/server/queries/setup-reads";
import { FormField, FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { updateElectionAction } from "./actions";

export function ElectionEditForm({ election }: { election: Pick<ElectionSetup, "slug" | "name" | "date" | "jurisdiction" | "testData" | "closeCallsNeedSecondEditor"> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateElectionAction, IDLE);
  const errors = fieldErrors(state);
  const value = (name: "name" | "date" | "jurisdiction") => state.values?.[name] ?? election[name];
  // A refused form keeps what was sent; otherwise the box shows the election as it is.
  const testData = state.values ? state.values.isTest === "on" : election.testData;
  const secondEditor = state.values ? state.values.closeCallsNeedSecondEditor === "on" : election.closeCallsNeedSecondEditor;
  return (
    <form action={action} className="desk-form" aria-labelledby="edit-election-heading">
      <h2 id="edit-election-heading">Election details</h2>
      <input type="hidden" name="election" value={election.slug} />
      <FormField label="Name" name="name" idPrefix="edit-election" required defaultValue={value("name")} error={errors.name} />
      <FormField label="Election day" name="date" idPrefix="edit-election" type="date" required defaultValue={value("date")} error={errors.date} />
      <FormField label="Jurisdiction" name="jurisdiction" idPrefix="edit-election" required defaultValue={value("jurisdiction")} error={errors.jurisdiction} />
      <div>
        <label className="setup-check">
          <input type="checkbox" name="isTest" defaultChecked={testData} aria-describedby="edit-election-isTest-hint" /> Test data
        </label>
        <p id="edit-election-isTest-hint" className="small muted">
          A test night or a replay. Reader pages, embeds and share images say “{TEST_DATA_BANNER}”, and no story about its
          races can be published: marking it pulls the ones already published.
        </p>
      </div>
      <div>
        <label className="setup-check">
          <input type="checkbox" name="closeCallsNeedSecondEditor" defaultChecked={secondEditor} aria-describedby="edit-election-second-editor-hint" /> Close
          calls need a second editor
        </label>
        <p id="edit-election-second-editor-hint" className="small muted">
          A call inside the recount band, or made over warnings the editor acknowledged, takes effect only when another editor
          confirms it. Until then readers see the race as not called.
        </p>
      </div>
      <FormMessage id="edit-election-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save election"}
      </button>
    </form>
  );
}
