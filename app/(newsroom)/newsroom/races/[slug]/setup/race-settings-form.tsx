"use client";

import { useActionState, useState } from "react";
import type { RaceSetup } from "@/lib/server/queries/race-setup";
import { FormField, FormMessage } from "../../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../../forms/form-state";
import { updateRaceAction } from "./actions";

type Settings = Pick<RaceSetup, "slug" | "office" | "seat" | "rule" | "seats" | "recountMarginPct" | "featured" | "acceptSourceCalls">;

export function RaceSettingsForm({ race }: { race: Settings }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateRaceAction, IDLE);
  const [ruleKind, setRuleKind] = useState<string>(race.rule.kind);
  const errors = fieldErrors(state);
  const sent = state.values;
  const value = (name: string, current: string) => sent?.[name] ?? current;
  return (
    <form action={action} className="desk-form" aria-labelledby="race-settings-heading">
      <h2 id="race-settings-heading">Race settings</h2>
      <input type="hidden" name="race" value={race.slug} />
      <div className="setup-grid">
        <FormField label="Office" name="office" idPrefix="settings" required defaultValue={value("office", race.office)} error={errors.office} />
        <FormField label="Seat" name="seat" idPrefix="settings" required defaultValue={value("seat", race.seat)} error={errors.seat} />
        <label htmlFor="settings-rule-kind">
          Rule
          <select id="settings-rule-kind" name="rule.kind" value={ruleKind} onChange={(e) => setRuleKind(e.target.value)} aria-describedby="settings-rule-kind-error">
            <option value="plurality">Plurality: most votes wins</option>
            <option value="majority">Majority, with a runoff of the top two</option>
          </select>
          <span id="settings-rule-kind-error" className="field-error" aria-live="polite">
            {errors["rule.kind"]}
          </span>
        </label>
        {ruleKind === "majority" && (
          <FormField
            label="Threshold (%)"
            name="rule.thresholdPct"
            idPrefix="settings"
            inputMode="decimal"
            defaultValue={value("rule.thresholdPct", race.rule.kind === "majority" ? String(race.rule.thresholdPct) : "50")}
            error={errors["rule.thresholdPct"]}
          />
        )}
        <FormField label="Seats" name="seats" idPrefix="settings" inputMode="numeric" defaultValue={value("seats", String(race.seats))} error={errors.seats} hint="vote for N" />
        <FormField
          label="Recount band (points)"
          name="recountMarginPct"
          idPrefix="settings"
          inputMode="decimal"
          defaultValue={value("recountMarginPct", race.recountMarginPct === null ? "" : String(race.recountMarginPct))}
          error={errors.recountMarginPct}
          hint="blank for none"
        />
      </div>
      <label className="setup-check">
        <input type="checkbox" name="featured" defaultChecked={sent ? sent.featured === "on" : race.featured} /> Key race: lead the home page with it
      </label>
      <label className="setup-check">
        <input
          type="checkbox"
          name="acceptSourceCalls"
          defaultChecked={sent ? sent.acceptSourceCalls === "on" : race.acceptSourceCalls}
          aria-describedby="settings-accept-source-calls-hint"
        />{" "}
        Accept source calls
      </label>
      <p id="settings-accept-source-calls-hint" className="small muted">
        The feed&apos;s call goes through the call guard as its own actor; any warning leaves the race for an editor.
      </p>
      <FormMessage id="race-settings-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save race settings"}
      </button>
    </form>
  );
}
