// The story forms' reading of fields and of refusals: a schema refusal lands on the field it is
// about, in words an editor recognises, and a rule's refusal keeps the command's own words.
import { expect, test } from "vitest";
import { newStorySchema } from "@/lib/domain/story-input";
import { parseInput } from "@/lib/server/commands/parse-input";
import { invalid, notFound } from "@/lib/server/errors";
import { storyFields } from "./story-form-data";
import { storyRefusal } from "./story-refusal";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function refusalOf(run: () => unknown, sent: FormData) {
  try {
    run();
  } catch (error) {
    return storyRefusal(error, sent);
  }
  throw new Error("expected a refusal");
}

test("the candidate is sent only with a named-winner expectation", () => {
  expect(storyFields(form({ headline: "H", body: "B", "expects.kind": "runoff", "expects.candidate": "x" })).expects).toEqual({ kind: "runoff" });
  expect(storyFields(form({ "expects.kind": "winner", "expects.candidate": "natalyn-archibong" })).expects).toEqual({ kind: "winner", candidate: "natalyn-archibong" });
});

test("an empty form is refused field by field, in plain words, keeping what was typed", () => {
  const sent = form({ raceSlug: "", headline: " ", body: "Text", "expects.kind": "winner", "expects.candidate": "" });
  const state = refusalOf(() => parseInput(newStorySchema, { raceSlug: "", ...storyFields(sent) }), sent);
  expect(state).toEqual({
    status: "refused",
    message: "Nothing was saved: fix the highlighted fields.",
    fields: { raceSlug: "Choose the race this story is about.", headline: "is required", "expects.candidate": "Choose the candidate this story expects to win." },
    values: { raceSlug: "", headline: " ", body: "Text", "expects.kind": "winner", "expects.candidate": "" },
  });
});

test("a rule's refusal keeps the command's words; one without fields becomes the form's message", () => {
  const sent = form({});
  expect(refusalOf(() => { throw invalid({ "expects.candidate": '"x" is not a candidate in this race' }); }, sent)).toMatchObject({
    fields: { "expects.candidate": '"x" is not a candidate in this race' },
  });
  expect(refusalOf(() => { throw notFound("The story"); }, sent)).toMatchObject({ message: "The story was not found.", fields: {} });
  expect(() => storyRefusal(new Error("bug"), sent)).toThrow("bug");
});
