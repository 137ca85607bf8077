import "server-only";
// The server actions' one reading of a command's refusal as desk form state: the command's message,
// the fields it named (a rule's fields, or a malformed body's problems by path), what was sent, and
// whatever else a form shows of it (warnings to acknowledge, a call's refusals, the unit as someone
// else saved it). Anything that is not an expected refusal is a bug and goes to the error page.
import { CommandError, type FieldProblems } from "@/lib/server/errors";
import type { FormFinding, Refused } from "./form-state";

function fieldsOf(error: CommandError, schemaWords: Readonly<Record<string, string>>): FieldProblems {
  if (error.is("invalid") || error.is("needs_acknowledgement") || error.is("slug_taken")) return error.details.fields;
  const fields: FieldProblems = {};
  // A schema's words are written for API callers; a form may say them its own way.
  for (const { path, message } of (error.is("malformed") && error.details.problems) || []) {
    fields[path || "body"] ??= (Object.hasOwn(schemaWords, path) && schemaWords[path]) || message;
  }
  return fields;
}

function warningsOf(error: CommandError): FormFinding[] {
  if (error.is("needs_acknowledgement") || error.is("call_needs_acknowledgement") || error.is("call_refused")) {
    return error.details.warnings.map(({ code, message }) => ({ code, message }));
  }
  return [];
}

/** What was typed, for the form to show again. */
function sentValues(form: FormData): Record<string, string> {
  // Next.js adds its own `$ACTION_…` fields to the form. fromEntries keeps a field named
  // `__proto__` as a plain entry rather than assigning the object's prototype.
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$")));
}

/**
 * A refusal as form state. `form` is what was sent, to show again (left out where a form keeps its
 * own inputs, or where it would echo a password back); `schemaWords` replaces a malformed body's
 * wording by path, where an editor would not recognise the schema's.
 */
export function formStateOf(error: unknown, form?: FormData, schemaWords: Readonly<Record<string, string>> = {}): Refused {
  if (!(error instanceof CommandError)) throw error;
  const warnings = warningsOf(error);
  return {
    status: "refused",
    message: error.message,
    fields: fieldsOf(error, schemaWords),
    ...(form && { values: sentValues(form) }),
    ...(warnings.length > 0 && { warnings }),
    ...(error.is("call_refused") && { refusals: error.details.refusals.map(({ code, message }) => ({ code, message })) }),
    ...(error.is("version_conflict") && "current" in error.details && { current: error.details.current }),
  };
}
