import fc from "fast-check";
import { expect, test } from "vitest";
import { checkUnitTally, MAX_COUNT, unitTallyInputSchema, type UnitState } from "./unit-tally";

const fulton: UnitState = {
  seats: 1,
  precinctsTotal: 22,
  precinctsReporting: 16,
  ballotsCast: null,
  votes: { archibong: 2540, bakhtiari: 2720 },
};

test("a batch moves the named counts and keeps the others", () => {
  const verdict = checkUnitTally(fulton, { version: 3, precinctsReporting: 22, votes: { archibong: 3412 } });
  expect(verdict).toEqual({
    ok: true,
    precinctsReporting: 22,
    ballotsCast: null,
    votes: { archibong: 3412, bakhtiari: 2720 },
    changes: [{ candidate: "archibong", before: 2540, after: 3412 }],
    changed: true,
  });
});

test("the same numbers again change nothing", () => {
  const verdict = checkUnitTally(fulton, { version: 3, votes: { archibong: 2540 } });
  expect(verdict).toMatchObject({ ok: true, changes: [], changed: false });
});

test.each([
  [{ archibong: -1 }, "votes.archibong", "whole number"],
  [{ archibong: 12.5 }, "votes.archibong", "whole number"],
  [{ archibong: Number.NaN }, "votes.archibong", "whole number"],
  [{ archibong: MAX_COUNT + 1 }, "votes.archibong", "too large"],
  [{ smith: 10 }, "votes.smith", "not a candidate"],
])("impossible votes %j are refused on their field", (votes, field, words) => {
  const verdict = checkUnitTally(fulton, { version: 3, votes });
  expect(verdict.ok).toBe(false);
  expect(!verdict.ok && verdict.fields[field]).toContain(words);
});

// Guards issue 11: a key Object.prototype also has (`constructor`, `toString`) or that JSON turns
// into an own `__proto__` property is an unknown candidate, refused on its field, never a crash or a
// silently dropped key.
test.each(['{"constructor": 5}', '{"toString": 1}', '{"__proto__": 1}', '{"hasOwnProperty": 2, "archibong": 2600}'])(
  "a votes key inherited from Object.prototype, %s, is an unknown candidate",
  (json) => {
    const parsed = unitTallyInputSchema.parse({ version: 3, votes: JSON.parse(json) });
    const [candidate] = Object.keys(JSON.parse(json));
    expect(Object.keys(parsed.votes)).toEqual(Object.keys(JSON.parse(json)));
    const verdict = checkUnitTally(fulton, parsed);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.fields).toEqual({ [`votes.${candidate}`]: `"${candidate}" is not a candidate in this race` });
  },
);

test("votes keep the shape checks of a record: names are text of 1 to 200 characters, counts are numbers", () => {
  const issues = (votes: unknown) => unitTallyInputSchema.safeParse({ version: 3, votes }).error?.issues.map((i) => i.path.join("."));
  expect(issues({ "": 1 })).toEqual(["votes."]);
  expect(issues({ ["x".repeat(201)]: 1 })).toEqual([`votes.${"x".repeat(201)}`]);
  expect(issues({ archibong: "10", __proto__: null })).toEqual(["votes.archibong"]);
  expect(issues([1])).toEqual(["votes"]);
  expect(issues(null)).toEqual(["votes"]);
  expect(issues(new Date())).toEqual(["votes"]);
});

test("precincts reporting cannot pass the unit's total, nor go backwards without a correction", () => {
  const above = checkUnitTally(fulton, { version: 3, precinctsReporting: 23, votes: {} });
  expect(!above.ok && above.fields.precinctsReporting).toContain("more than the unit's 22");
  const back = checkUnitTally(fulton, { version: 3, precinctsReporting: 10, votes: {} });
  expect(!back.ok && back.fields.precinctsReporting).toContain("correction");
  expect(checkUnitTally(fulton, { version: 3, precinctsReporting: 10, votes: {}, correction: true }).ok).toBe(true);
});

test("votes cannot outnumber ballots cast, counting one vote per seat", () => {
  const verdict = checkUnitTally(fulton, { version: 3, ballotsCast: 5000, votes: {} });
  expect(!verdict.ok && verdict.fields.ballotsCast).toBe("5,260 votes is more than 5,000 ballots cast allow");
  expect(checkUnitTally({ ...fulton, seats: 2 }, { version: 3, ballotsCast: 5000, votes: {} }).ok).toBe(true);
});

test("a lower count is refused unless it is sent as a correction, and then it is kept as one", () => {
  const refused = checkUnitTally(fulton, { version: 3, votes: { bakhtiari: 2700 } });
  expect(!refused.ok && refused.fields["votes.bakhtiari"]).toBe("is lower than the current count (2,720); send it as a correction");
  const corrected = checkUnitTally(fulton, { version: 3, votes: { bakhtiari: 2700 }, correction: true });
  expect(corrected).toMatchObject({ ok: true, changes: [{ candidate: "bakhtiari", before: 2720, after: 2700 }] });
});

test("the input schema refuses wrong types and unknown keys", () => {
  expect(unitTallyInputSchema.safeParse({ version: "3", votes: {} }).success).toBe(false);
  expect(unitTallyInputSchema.safeParse({ version: 3, votes: { a: "10" } }).success).toBe(false);
  expect(unitTallyInputSchema.safeParse({ version: 3, votes: {}, extra: 1 }).success).toBe(false);
  expect(unitTallyInputSchema.safeParse({ votes: {} }).success).toBe(false);
  expect(unitTallyInputSchema.safeParse({ version: 3, votes: { a: 10 } }).success).toBe(true);
});

test("property: an accepted write never lowers a count unless it is a correction, and totals stay within ballots", () => {
  fc.assert(
    fc.property(
      fc.record({ archibong: fc.integer({ min: -5, max: 6000 }), bakhtiari: fc.integer({ min: -5, max: 6000 }) }, { requiredKeys: [] }),
      fc.option(fc.integer({ min: 0, max: 12000 }), { nil: undefined }),
      fc.boolean(),
      (votes, ballotsCast, correction) => {
        const verdict = checkUnitTally(fulton, { version: 1, votes, ballotsCast, correction });
        if (!verdict.ok) return;
        if (!correction) verdict.changes.forEach((c) => expect(c.after).toBeGreaterThanOrEqual(c.before));
        const total = Object.values(verdict.votes).reduce((s, n) => s + n, 0);
        if (verdict.ballotsCast !== null) expect(total).toBeLessThanOrEqual(verdict.ballotsCast);
        Object.values(verdict.votes).forEach((n) => expect(Number.isInteger(n) && n >= 0).toBe(true));
      },
    ),
  );
});
