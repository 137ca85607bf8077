"use client";

import { useActionState } from "react";
import { UNIT_KINDS } from "@/lib/domain/election-setup-limits";
import { FormField, FormMessage } from "../../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../../forms/form-state";
import { addUnitAction } from "./actions";

export function NewUnitForm({ raceSlug }: { raceSlug: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addUnitAction, IDLE);
  const errors = fieldErrors(state);
  // After a unit is added the form starts empty again; after a refusal it keeps what was typed.
  const sent = state.status === "refused" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="setup-row setup-unit" aria-labelledby="new-unit-heading">
      <h3 id="new-unit-heading" className="visually-hidden">
        Add a reporting unit
      </h3>
      <input type="hidden" name="race" value={raceSlug} />
      <FormField label="New unit" name="name" idPrefix="new-unit" required defaultValue={sent.name} error={errors.name ?? errors.slug} />
      <FormField label="Precincts" name="precinctsTotal" idPrefix="new-unit" inputMode="numeric" required defaultValue={sent.precinctsTotal} error={errors.precinctsTotal} />
      <label htmlFor="new-unit-kind">
        Kind
        <select id="new-unit-kind" name="kind" defaultValue={sent.kind ?? "county"}>
          {UNIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <FormField label="County FIPS" name="fips" idPrefix="new-unit" inputMode="numeric" defaultValue={sent.fips} error={errors.fips} hint="5 digits, for the map; blank if not a county" />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add unit"}
      </button>
      <FormMessage id="new-unit-message" state={state} />
    </form>
  );
}
