import fc from "fast-check";
import { expect, test } from "vitest";
import { CALL_STATUSES, callRecordedAt, currentCallOf, isRetraction, NOT_CALLED, type CallRecord } from "./race-call";

const AT = "2017-11-08T04:42:00.000Z";
const record = (overrides: Partial<CallRecord>): CallRecord => ({ status: "called", at: AT, note: null, named: [], ...overrides });

test("no record, or an unknown status, is not called, with nothing retracted", () => {
  expect(currentCallOf(null)).toEqual(NOT_CALLED);
  expect(currentCallOf(undefined)).toEqual(NOT_CALLED);
  expect(currentCallOf(record({ status: "projected" }))).toEqual(NOT_CALLED);
  expect(isRetraction(NOT_CALLED)).toBe(false);
  expect(callRecordedAt(NOT_CALLED)).toBeNull();
});

test("a call: its winners, its time as the call time, its note", () => {
  const named = [{ role: "winner", slug: "archibong" }];
  expect(currentCallOf(record({ named, note: "All 31 precincts in." }))).toEqual({
    status: "called",
    winners: ["archibong"],
    advancing: [],
    calledAt: AT,
    retractedAt: null,
    note: "All 31 precincts in.",
  });
  const runoff = currentCallOf(record({ status: "runoff", named: [{ role: "advancing", slug: "a" }, { role: "advancing", slug: "b" }] }));
  expect(runoff).toMatchObject({ status: "runoff", winners: [], advancing: ["a", "b"], calledAt: AT, retractedAt: null });
});

test("a retraction: not called, no call time, the retraction's time and the editor's note", () => {
  const call = currentCallOf(record({ status: "uncalled", note: "Recanvass under way" }));
  expect(call).toEqual({ status: "uncalled", winners: [], advancing: [], calledAt: null, retractedAt: AT, note: "Recanvass under way" });
  expect(isRetraction(call)).toBe(true);
  expect(callRecordedAt(call)).toBe(AT);
  // The JSON's call: every field present, so clients read one shape whatever the state.
  expect(Object.keys(JSON.parse(JSON.stringify(call))).sort()).toEqual(["advancing", "calledAt", "note", "retractedAt", "status", "winners"]);
});

test("property: a call time and a retraction time never stand together, and the record's time is always one of them", () => {
  fc.assert(
    fc.property(fc.constantFrom(...CALL_STATUSES), fc.option(fc.string(), { nil: null }), (status, note) => {
      const call = currentCallOf(record({ status, note }));
      expect(call.calledAt === null || call.retractedAt === null).toBe(true);
      expect(callRecordedAt(call)).toBe(AT);
      expect(isRetraction(call)).toBe(status === "uncalled");
      expect(call.note).toBe(note);
    }),
  );
});
