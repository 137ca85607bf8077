// Reading the story form into the shape the story commands take. The candidate is sent only with a
// "named winner" expectation, so switching the radio away from it cannot leave a stale winner.
import { text } from "../forms/form-data";

export function storyFields(form: FormData) {
  const kind = text(form, "expects.kind");
  return {
    headline: text(form, "headline"),
    body: text(form, "body"),
    expects: kind === "winner" ? { kind, candidate: text(form, "expects.candidate") } : { kind },
  };
}
