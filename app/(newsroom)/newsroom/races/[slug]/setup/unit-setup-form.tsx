"use client";

import { useActionState } from "react";
import type { RaceSetup } from "@/lib/server/queries/race-setup";
import { FormField, FormMessage } from "../../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../../forms/form-state";
import { updateUnitAction } from "./actions";

export function UnitSetupForm({ raceSlug, unit }: { raceSlug: string; unit: RaceSetup["units"][number] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateUnitAction, IDLE);
  const errors = fieldErrors(state);
  const prefix = `unit-${unit.slug}`;
  return (
    <form action={action} className="setup-row setup-unit" aria-label={`Reporting unit ${unit.name}`}>
      <input type="hidden" name="race" value={raceSlug} />
      <input type="hidden" name="unit" value={unit.slug} />
      <FormField label="Name" name="name" idPrefix={prefix} required defaultValue={state.values?.name ?? unit.name} error={errors.name} />
      <FormField
        label="Precincts"
        name="precinctsTotal"
        idPrefix={prefix}
        inputMode="numeric"
        required
        defaultValue={state.values?.precinctsTotal ?? String(unit.precinctsTotal)}
        error={errors.precinctsTotal}
        hint={`${unit.precinctsReporting} reporting`}
      />
      <FormField
        label="County FIPS"
        name="fips"
        idPrefix={prefix}
        inputMode="numeric"
        defaultValue={state.values?.fips ?? unit.fips ?? ""}
        error={errors.fips}
        hint="5 digits, for the map; blank if not a county"
      />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
        <span className="visually-hidden"> {unit.name}</span>
      </button>
      <FormMessage id={`${prefix}-message`} state={state} />
    </form>
  );
}
