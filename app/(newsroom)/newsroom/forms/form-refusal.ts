import "server-only";
// The server actions' side of the desk forms: a command's expected refusal becomes form state.
import { CommandError } from "@/lib/server/errors";
import type { FormState } from "./form-state";

/** Anything that is not an expected refusal is a bug and goes to the error page. */
export function refusedState(error: unknown, form: FormData): FormState {
  if (!(error instanceof CommandError)) throw error;
  const fields = error.is("invalid") || error.is("needs_acknowledgement") || error.is("slug_taken") ? error.details.fields : {};
  const warnings = error.is("needs_acknowledgement") ? error.details.warnings : [];
  return {
    status: "refused",
    message: error.message,
    fields,
    values: sentValues(form),
    ...(warnings.length > 0 && { warnings: warnings.map(({ code, message }) => ({ code, message })) }),
  };
}

function sentValues(form: FormData): Record<string, string> {
  // Next.js adds its own `$ACTION_…` fields to the form. fromEntries keeps a field named
  // `__proto__` as a plain entry rather than assigning the object's prototype.
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}
