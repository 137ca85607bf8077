// The desk forms' shared kit (this folder) is used by set-up, candidate, story, tally and call forms.
//
// What every desk form shows after a submit: saved, or refused with the command's message and the
// fields it named (a staff member's 403 arrives here too, as a sentence, not a crash). The values
// sent come back so a refused form keeps what was typed. A refusal that an editor may override (names
// that look alike, a call's warnings) carries its warnings, so the form can ask for the confirmation.
import type { Finding } from "@/lib/domain/call-guard";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";

/** A rule's finding as a form shows it: a code to acknowledge it by, and a sentence. */
export type FormFinding = Finding<string>;

/** A command's refusal as a desk form shows it (built by formStateOf in form-refusal.ts). */
export interface Refused {
  status: "refused";
  message: string;
  /** Each input field the command named, and why. */
  fields: Record<string, string>;
  values?: Record<string, string>;
  warnings?: FormFinding[];
  /** Rules that refused outright (a call the guard refuses). */
  refusals?: FormFinding[];
  /** The unit as someone else saved it first (a tally write's version conflict). */
  current?: UnitSnapshot;
}

export type FormState =
  | { status: "idle"; values?: Record<string, string> }
  | { status: "saved"; message: string; values?: Record<string, string> }
  | Refused;

export const IDLE: FormState = { status: "idle" };

export function fieldErrors(state: FormState): Record<string, string> {
  return state.status === "refused" ? state.fields : {};
}

/** Whether the last refusal asked to acknowledge `code`. */
export function asksToAcknowledge(state: FormState, code: string): boolean {
  return state.status === "refused" && (state.warnings ?? []).some((warning) => warning.code === code);
}
