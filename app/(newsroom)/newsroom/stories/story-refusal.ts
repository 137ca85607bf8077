import "server-only";
// A story command's refusal as form state. Input the schema refused (400) and input a rule refused
// (422) both land on the field they are about; the schema's wording is replaced where a desk
// editor would not recognise it (an unchosen race or expectation).
import { CommandError } from "@/lib/server/errors";
import type { FormState } from "../forms/form-state";

const PLAIN_WORDS: Record<string, string> = {
  raceSlug: "Choose the race this story is about.",
  expects: "Choose what this story expects.",
  "expects.kind": "Choose what this story expects.",
  "expects.candidate": "Choose the candidate this story expects to win.",
};

function fieldsOf(error: CommandError): Record<string, string> {
  if (error.is("invalid")) return error.details.fields;
  const fields: Record<string, string> = {};
  for (const { path, message } of (error.is("malformed") && error.details.problems) || []) {
    fields[path || "body"] ??= (Object.hasOwn(PLAIN_WORDS, path) && PLAIN_WORDS[path]) || message;
  }
  return fields;
}

/** Anything that is not an expected refusal is a bug and goes to the error page. */
export function storyRefusal(error: unknown, form: FormData): FormState {
  if (!(error instanceof CommandError)) throw error;
  const fields = fieldsOf(error);
  const message = Object.keys(fields).length > 0 ? "Nothing was saved: fix the highlighted fields." : error.message;
  const values: Record<string, string> = {};
  // Next.js adds its own `$ACTION_…` fields to the form.
  for (const [name, value] of form.entries()) if (typeof value === "string" && !name.startsWith("$")) values[name] = value;
  return { status: "refused", message, fields, values };
}
