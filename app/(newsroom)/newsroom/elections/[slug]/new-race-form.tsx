"use client";
// A race with its candidates and reporting units, entered together: the rows are kept in state so
// "add" and "remove" work without a round trip and a refused form keeps every row as typed.
import { useActionState, useRef, useState } from "react";
import { LookAlikeConfirm } from "../../forms/look-alike-confirm";
import { FormField, FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { createRaceAction } from "./actions";
import { CandidateRows, UnitRows, type CandidateRow, type UnitRow } from "./new-race-rows";

export function NewRaceForm({ electionSlug }: { electionSlug: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createRaceAction, IDLE);
  const nextKey = useRef(2);
  const newKey = () => nextKey.current++;
  const [ruleKind, setRuleKind] = useState("plurality");
  const [candidates, setCandidateRows] = useState<CandidateRow[]>([{ key: 0, name: "", party: "", incumbent: false }]);
  const [lookAlikesConfirmed, setLookAlikesConfirmed] = useState(false);
  // A confirmation covers the names the editor saw flagged: any change to the candidates drops it.
  const setCandidates: typeof setCandidateRows = (change) => {
    setLookAlikesConfirmed(false);
    setCandidateRows(change);
  };
  const [units, setUnits] = useState<UnitRow[]>([{ key: 1, name: "", precinctsTotal: "" }]);
  const errors = fieldErrors(state);
  const sent = state.values ?? {};

  return (
    <form action={action} className="desk-form" aria-labelledby="new-race-heading">
      <h2 id="new-race-heading">New race</h2>
      <input type="hidden" name="election" value={electionSlug} />
      <div className="setup-grid">
        <FormField label="Office" name="office" idPrefix="race" required defaultValue={sent.office} error={errors.office} hint="e.g. Atlanta City Council" />
        <FormField label="Seat" name="seat" idPrefix="race" required defaultValue={sent.seat} error={errors.seat} hint="e.g. District 5" />
        <label htmlFor="race-rule-kind">
          Rule
          <select id="race-rule-kind" name="rule.kind" value={ruleKind} onChange={(e) => setRuleKind(e.target.value)}>
            <option value="plurality">Plurality: most votes wins</option>
            <option value="majority">Majority, with a runoff of the top two</option>
          </select>
          <span className="field-error" aria-live="polite">
            {errors["rule.kind"]}
          </span>
        </label>
        {ruleKind === "majority" && (
          <FormField
            label="Threshold (%)"
            name="rule.thresholdPct"
            idPrefix="race"
            inputMode="decimal"
            defaultValue={sent["rule.thresholdPct"]}
            placeholder="50"
            error={errors["rule.thresholdPct"]}
          />
        )}
        <FormField label="Seats" name="seats" idPrefix="race" inputMode="numeric" defaultValue={sent.seats ?? "1"} error={errors.seats} hint="vote for N" />
        <FormField
          label="Recount band (points)"
          name="recountMarginPct"
          idPrefix="race"
          inputMode="decimal"
          defaultValue={sent.recountMarginPct}
          error={errors.recountMarginPct}
          hint="optional, e.g. 0.5"
        />
      </div>
      <label className="setup-check">
        <input type="checkbox" name="featured" defaultChecked={sent.featured === "on"} /> Key race: lead the home page with it
      </label>
      <CandidateRows rows={candidates} setRows={setCandidates} newKey={newKey} errors={errors} />
      <UnitRows rows={units} setRows={setUnits} newKey={newKey} errors={errors} />
      <FormMessage id="new-race-message" state={state} />
      <LookAlikeConfirm state={state} confirmed={lookAlikesConfirmed} onConfirmedChange={setLookAlikesConfirmed} idPrefix="race" />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create race"}
      </button>
    </form>
  );
}
