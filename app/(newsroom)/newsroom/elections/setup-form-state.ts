// What every set-up form shows after a submit: saved, or refused with the command's message and the
// fields it named (a staff member's 403 arrives here too, as a sentence, not a crash). The values
// sent come back so a refused form keeps what was typed.

export type SetupFormState =
  | { status: "idle"; values?: Record<string, string> }
  | { status: "saved"; message: string; values?: Record<string, string> }
  | { status: "refused"; message: string; fields: Record<string, string>; values?: Record<string, string> };

export const IDLE: SetupFormState = { status: "idle" };

export function fieldErrors(state: SetupFormState): Record<string, string> {
  return state.status === "refused" ? state.fields : {};
}
