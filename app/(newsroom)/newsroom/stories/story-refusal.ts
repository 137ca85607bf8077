import "server-only";
// A story command's refusal as form state. Input the schema refused (400) and input a rule refused
// (422) both land on the field they are about; the schema's wording is replaced where a desk
// editor would not recognise it (an unchosen race or expectation).
import { formStateOf } from "../forms/form-refusal";
import type { FormState } from "../forms/form-state";

const PLAIN_WORDS: Record<string, string> = {
  raceSlug: "Choose the race this story is about.",
  expects: "Choose what this story expects.",
  "expects.kind": "Choose what this story expects.",
  "expects.candidate": "Choose the candidate this story expects to win.",
};

/** Anything that is not an expected refusal is a bug and goes to the error page. */
export function storyRefusal(error: unknown, form: FormData): FormState {
  const refused = formStateOf(error, form, PLAIN_WORDS);
  return Object.keys(refused.fields).length > 0 ? { ...refused, message: "Nothing was saved: fix the highlighted fields." } : refused;
}
