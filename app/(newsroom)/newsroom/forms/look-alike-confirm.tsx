"use client";
// Asked when a save was refused because candidates' names look alike: the editor checks the names
// (each is flagged beside its field) and, if they really are different people, confirms and saves
// again. The confirmation is dropped as soon as a name changes, so it only ever covers names the
// editor has seen flagged.
import { LOOK_ALIKE_NAMES } from "@/lib/domain/setup-warnings";
import { asksToAcknowledge, type FormState } from "./form-state";

interface LookAlikeConfirmProps {
  state: FormState;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  idPrefix: string;
}

export function LookAlikeConfirm({ state, confirmed, onConfirmedChange, idPrefix }: LookAlikeConfirmProps) {
  // Still shown once confirmed, so a refusal for something else keeps the confirmation for the next try.
  if (!asksToAcknowledge(state, LOOK_ALIKE_NAMES) && !(confirmed && state.status === "refused")) return null;
  return (
    <fieldset className="conflict">
      <legend>Names that look alike</legend>
      <label htmlFor={`${idPrefix}-look-alike`} className="setup-check">
        <input
          id={`${idPrefix}-look-alike`}
          type="checkbox"
          name="acknowledge"
          value={LOOK_ALIKE_NAMES}
          checked={confirmed}
          onChange={(event) => onConfirmedChange(event.target.checked)}
        />{" "}
        The names are right: these are different people
      </label>
    </fieldset>
  );
}
