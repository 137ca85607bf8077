import "server-only";
// The server actions' side of the set-up forms: a command's expected refusal becomes form state.
import { CommandError } from "@/lib/server/errors";
import type { SetupFormState } from "./setup-form-state";

/** Anything that is not an expected refusal is a bug and goes to the error page. */
export function refusedState(error: unknown, form: FormData): SetupFormState {
  if (!(error instanceof CommandError)) throw error;
  const fields = (error.details.fields as Record<string, string> | undefined) ?? {};
  return { status: "refused", message: error.message, fields, values: sentValues(form) };
}

function sentValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  // Next.js adds its own `$ACTION_…` fields to the form.
  for (const [name, value] of form.entries()) if (typeof value === "string" && !name.startsWith("$")) values[name] = value;
  return values;
}
