import { expect, test } from "vitest";
import type { TallyRow } from "./csv-tallies";
import { addImportedRow, checkImportedUnit, importedUnit, type ImportedUnit } from "./csv-tallies-units";
import type { UnitState } from "./unit-tally";

const dekalb: UnitState = {
  seats: 1,
  precinctsTotal: 9,
  precinctsReporting: 7,
  ballotsCast: null,
  votes: { archibong: 1210, bakhtiari: 905 },
};

function rows(...list: Partial<TallyRow>[]): { unit: ImportedUnit; problems: ReturnType<typeof addImportedRow> } {
  const unit = importedUnit(list[0]?.line ?? 2);
  const problems = list.flatMap((r, i) =>
    addImportedRow(unit, r.candidate ?? "archibong", { line: i + 2, race: "d5", unit: "dekalb", candidate: "archibong", votes: 0, ...r }),
  );
  return { unit, problems };
}

test("a unit's rows become one count, and repeating a row with the same numbers is harmless", () => {
  const { unit, problems } = rows(
    { candidate: "archibong", votes: 1598, precinctsReporting: 9 },
    { candidate: "bakhtiari", votes: 1197, precinctsReporting: 9 },
    { candidate: "archibong", votes: 1598 },
  );
  expect(problems).toEqual([]);
  expect(checkImportedUnit("DeKalb County", dekalb, unit, false)).toEqual({
    ok: true,
    changed: true,
    precinctsReporting: 9,
    ballotsCast: null,
    changes: [
      { candidate: "archibong", before: 1210, after: 1598 },
      { candidate: "bakhtiari", before: 905, after: 1197 },
    ],
  });
});

test("the same candidate twice with different numbers is refused on the later line, naming the earlier", () => {
  const { problems } = rows({ votes: 1598 }, { candidate: "bakhtiari", votes: 1 }, { votes: 1600 });
  expect(problems).toEqual([
    { line: 4, column: "votes", message: "1,600 differs from the 1,598 given for the same race, unit and candidate on line 2" },
  ]);
});

test("unit columns that disagree between a unit's rows are refused", () => {
  const { problems } = rows({ votes: 1, precinctsReporting: 8 }, { candidate: "bakhtiari", votes: 1, precinctsReporting: 9, ballotsCast: 10 });
  expect(problems).toEqual([{ line: 3, column: "precincts_reporting", message: "9 differs from the 8 given for this unit on line 2" }]);
});

test("the numbers already on the desk change nothing", () => {
  const { unit } = rows({ votes: 1210, precinctsReporting: 7 }, { candidate: "bakhtiari", votes: 905 });
  expect(checkImportedUnit("DeKalb County", dekalb, unit, false)).toMatchObject({ ok: true, changed: false, changes: [] });
});

test("a lower count is refused on its line unless the file is a correction", () => {
  const { unit } = rows({ votes: 1200 }, { candidate: "bakhtiari", votes: 1000, precinctsReporting: 6 });
  expect(checkImportedUnit("DeKalb County", dekalb, unit, false)).toEqual({
    ok: false,
    problems: [
      { line: 2, column: "votes", message: "1,200 is lower than the current count (1,210); import the file as a correction" },
      { line: 3, column: "precincts_reporting", message: "6 is lower than the current 7; import the file as a correction" },
    ],
  });
  expect(checkImportedUnit("DeKalb County", dekalb, unit, true)).toMatchObject({ ok: true, changes: [{ candidate: "archibong", before: 1210, after: 1200 }, { candidate: "bakhtiari" }] });
});

test("precincts reporting above the unit's total, and a precincts total unlike the unit's, are refused", () => {
  const { unit } = rows({ votes: 1300, precinctsReporting: 10, precinctsTotal: 10 });
  expect(checkImportedUnit("DeKalb County", dekalb, unit, false)).toEqual({
    ok: false,
    problems: [
      { line: 2, column: "precincts_total", message: "10 is not the 9 precincts DeKalb County is set up with; an import does not change a race's set-up" },
      { line: 2, column: "precincts_reporting", message: "10 cannot be more than the unit's 9 precincts" },
    ],
  });
});

test("more votes than ballots cast is refused on the ballots column, or on the votes when the ballots were already on the desk", () => {
  const inFile = rows({ votes: 1300 }, { candidate: "bakhtiari", votes: 1000, ballotsCast: 2000 });
  expect(checkImportedUnit("DeKalb County", dekalb, inFile.unit, false)).toEqual({
    ok: false,
    problems: [{ line: 3, column: "ballots_cast", message: "DeKalb County: 2,300 votes is more than 2,000 ballots cast allow" }],
  });
  const onDesk = rows({ votes: 3000 });
  expect(checkImportedUnit("DeKalb County", { ...dekalb, ballotsCast: 2500 }, onDesk.unit, false)).toMatchObject({
    ok: false,
    problems: [{ line: 2, column: "votes" }],
  });
});
