// The desk forms' shared kit (this folder) is used by set-up, candidate and story forms.
//
// What every desk form shows after a submit: saved, or refused with the command's message and the
// fields it named (a staff member's 403 arrives here too, as a sentence, not a crash). The values
// sent come back so a refused form keeps what was typed. A refusal that an editor may override (names
// that look alike) carries its warnings, so the form can ask for the confirmation.

export interface FormWarning {
  code: string;
  message: string;
}

export type FormState =
  | { status: "idle"; values?: Record<string, string> }
  | { status: "saved"; message: string; values?: Record<string, string> }
  | { status: "refused"; message: string; fields: Record<string, string>; values?: Record<string, string>; warnings?: FormWarning[] };

export const IDLE: FormState = { status: "idle" };

export function fieldErrors(state: FormState): Record<string, string> {
  return state.status === "refused" ? state.fields : {};
}

/** Whether the last refusal asked to acknowledge `code`. */
export function asksToAcknowledge(state: FormState, code: string): boolean {
  return state.status === "refused" && (state.warnings ?? []).some((warning) => warning.code === code);
}
