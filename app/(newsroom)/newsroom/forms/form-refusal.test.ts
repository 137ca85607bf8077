// The one reading of a command's refusal as desk form state: each kind of refusal shows what its
// form needs of it, and what was typed comes back without Next's own fields.
import { expect, test } from "vitest";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import { CommandError, invalid, malformedInput, notFound } from "@/lib/server/errors";
import { formStateOf } from "./form-refusal";

function sent(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

test("a rule's refusal names its fields and gives back what was typed, without Next's own fields", () => {
  const form = sent([["name", "Ann"], ["$ACTION_ID_abc", ""], ["__proto__", "x"]]);
  const state = formStateOf(invalid({ name: "is too short" }), form);
  expect(state).toEqual({ status: "refused", message: "name is too short", fields: { name: "is too short" }, values: { name: "Ann", ["__proto__"]: "x" } });
  expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
});

test("a malformed body's problems land on their fields, in the form's words where it has them", () => {
  const error = malformedInput([{ path: "raceSlug", message: "Invalid input" }, { path: "headline", message: "is required" }, { path: "", message: "bad" }]);
  expect(formStateOf(error, undefined, { raceSlug: "Choose the race." }).fields).toEqual({ raceSlug: "Choose the race.", headline: "is required", body: "bad" });
});

test("look-alike names and a call's findings come back as code and sentence, to acknowledge", () => {
  const lookAlike = new CommandError("needs_acknowledgement", "Names look alike.", {
    warnings: [{ code: "look_alike_names", message: "Candidates look alike.", pairs: [["Ann", "Anne"]] }],
    fields: { "candidates.1.name": "looks like candidate 0" },
  });
  expect(formStateOf(lookAlike)).toEqual({
    status: "refused",
    message: "Names look alike.",
    fields: { "candidates.1.name": "looks like candidate 0" },
    warnings: [{ code: "look_alike_names", message: "Candidates look alike." }],
  });
  const refused = new CommandError("call_refused", "No.", {
    refusals: [{ code: "winner_below_threshold", message: "Below the threshold." }],
    warnings: [],
  });
  expect(formStateOf(refused)).toEqual({ status: "refused", message: "No.", fields: {}, refusals: [{ code: "winner_below_threshold", message: "Below the threshold." }] });
});

test("a tally's version conflict carries the unit as saved; anything else that is thrown is a bug", () => {
  const current: UnitSnapshot = { slug: "fulton", name: "Fulton", version: 3, precinctsReporting: 1, precinctsTotal: 2, ballotsCast: null, votes: { a: 1 }, fips: null, expectedVotePct: null, votesByMethod: {} };
  expect(formStateOf(new CommandError("version_conflict", "Someone else saved Fulton first.", { current })).current).toEqual(current);
  expect(formStateOf(notFound("The story"))).toEqual({ status: "refused", message: "The story was not found.", fields: {} });
  expect(() => formStateOf(new Error("bug"))).toThrow("bug");
});
