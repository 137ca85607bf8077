import { parse } from "csv-parse/sync";
import { expect, test } from "vitest";
import { buildRace, districtFive } from "./race-fixtures";
import { csvCell, RACE_TOTAL_LEVEL, RESULTS_CSV_BOM, RESULTS_CSV_COLUMNS, resultsCsv, resultsCsvFileName } from "./results-csv";

/** The file as a spreadsheet reads it: one object per row, keyed by the header. */
function readBack(text: string): Record<string, string>[] {
  expect(text.startsWith(RESULTS_CSV_BOM)).toBe(true);
  return parse(text.slice(RESULTS_CSV_BOM.length), { columns: true }) as Record<string, string>[];
}

test("one row per unit and candidate, then the race totals, in ballot order", () => {
  const race = districtFive();
  const rows = readBack(resultsCsv([race]));

  expect(rows).toHaveLength(race.units.length * 2 + 2);
  expect(rows.map((r) => [r.level, r.unit_slug, r.candidate_slug])).toEqual([
    ...race.units.flatMap((u) => [
      ["unit", u.slug, "archibong"],
      ["unit", u.slug, "bakhtiari"],
    ]),
    [RACE_TOTAL_LEVEL, "", "archibong"],
    [RACE_TOTAL_LEVEL, "", "bakhtiari"],
  ]);
  const totals = rows.filter((r) => r.level === RACE_TOTAL_LEVEL);
  expect(totals.map((r) => [r.candidate, Number(r.votes), Number(r.precincts_reporting), Number(r.precincts_total)])).toEqual(
    race.candidates
      .toSorted((a, b) => a.ballotOrder - b.ballotOrder)
      .map((c) => [c.name, c.votes, race.reporting.precinctsReporting, race.reporting.precinctsTotal]),
  );
});

test("unit rows add up to the totals rows, candidate by candidate", () => {
  const race = buildRace({ seats: 2, candidates: [{ name: "A Ay", votes: [3, 4, 5] }, { name: "B Bee", votes: [7, 0, 1] }, { name: "C Cee", votes: [0, 0, 9] }] });
  const rows = readBack(resultsCsv([race]));
  for (const c of race.candidates) {
    const units = rows.filter((r) => r.level === "unit" && r.candidate_slug === c.slug).reduce((sum, r) => sum + Number(r.votes), 0);
    const total = rows.find((r) => r.level === RACE_TOTAL_LEVEL && r.candidate_slug === c.slug);
    expect(Number(total?.votes)).toBe(units);
    expect(units).toBe(c.votes);
  }
});

test("names with commas, quotes, line breaks and accents come back as they were written", () => {
  const tricky = ['Smith, Jr., John', 'Mary "Mae" O\'Neil', "Line\nBreak", "Nguyễn Thị Peña"];
  const race = buildRace({ candidates: tricky.map((name, i) => ({ name, slug: `c${i}`, votes: [i + 1] })) });
  const rows = readBack(resultsCsv([race]));

  expect(rows.filter((r) => r.level === RACE_TOTAL_LEVEL).map((r) => r.candidate)).toEqual(tricky);
});

test("a cell a spreadsheet would run as a formula stays text", () => {
  expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(csvCell("-1+1")).toBe("'-1+1");
  expect(csvCell(0)).toBe("0");
  expect(csvCell("Plain name")).toBe("Plain name");
});

test("the call marks winners and advancing candidates, and test data says so", () => {
  const called = districtFive({ call: { status: "called", winners: ["archibong"] } });
  const runoff = buildRace({ candidates: [{ name: "A Ay", votes: [40] }, { name: "B Bee", votes: [35] }, { name: "C Cee", votes: [25] }], call: { status: "runoff", advancing: ["ay", "bee"] } });
  const rows = readBack(resultsCsv([called, { ...runoff, slug: "runoff", testData: true }]));
  const total = (race: string, candidate: string) => rows.find((r) => r.race_slug === race && r.level === RACE_TOTAL_LEVEL && r.candidate_slug === candidate);

  expect(total("race", "archibong")).toMatchObject({ call_status: "called", called_winner: "yes", advancing: "no", test_data: "no" });
  expect(total("race", "bakhtiari")).toMatchObject({ called_winner: "no" });
  expect(["ay", "bee", "cee"].map((slug) => total("runoff", slug)?.advancing)).toEqual(["yes", "yes", "no"]);
  expect(total("runoff", "ay")).toMatchObject({ call_status: "runoff", called_winner: "no", test_data: "yes" });
});

test("the header names every column once, and lines end in CRLF", () => {
  const text = resultsCsv([districtFive()]);
  expect(text.slice(1).split("\r\n")[0]).toBe(RESULTS_CSV_COLUMNS.join(","));
  expect(new Set(RESULTS_CSV_COLUMNS).size).toBe(RESULTS_CSV_COLUMNS.length);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(resultsCsvFileName("atlanta-2017-general")).toBe("atlanta-2017-general-results.csv");
});
