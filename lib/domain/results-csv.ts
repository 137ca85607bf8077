// The "Download results (CSV)" file of a race or of a whole election: one row per race × reporting
// unit × candidate, then each race's totals, marked `race total` in the `level` column so a
// spreadsheet filter keeps one or the other. Built from the RaceResult the pages and the JSON API
// show, so the file's numbers are the page's numbers.
//
// The text starts with a UTF-8 byte order mark: Excel, which most newsrooms open a download with,
// reads a CSV without one in the machine's legacy code page and mangles names like "Nguyễn" or
// "Peña". Python (`utf-8-sig`, pandas), R and LibreOffice read the mark as what it is.

import type { RaceResult } from "./race-result";

export const RESULTS_CSV_BOM = "\uFEFF";

export const RESULTS_CSV_COLUMNS = [
  "election",
  "election_date",
  "test_data",
  "race_slug",
  "race",
  "level",
  "unit_slug",
  "unit",
  "candidate_slug",
  "candidate",
  "party",
  "ballot_position",
  "votes",
  "precincts_reporting",
  "precincts_total",
  "call_status",
  "called_winner",
  "advancing",
] as const;

type Row = Record<(typeof RESULTS_CSV_COLUMNS)[number], string | number>;

/** Marks the per-race rows that add the units up, in the `level` column. */
export const RACE_TOTAL_LEVEL = "race total";

// A cell a spreadsheet would run as a formula (a name typed as "=HYPERLINK(…)" into a feed) is kept
// as text by a leading apostrophe (OWASP's advice for CSV injection). Only text cells: counts are
// whole, non-negative numbers and never start with a sign.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const yesNo = (flag: boolean) => (flag ? "yes" : "no");

function raceRows(race: RaceResult): Row[] {
  // Ballot order, as the ballot and the results table list them: rows do not move as counts change.
  const candidates = [...race.candidates].sort((a, b) => a.ballotOrder - b.ballotOrder);
  const common = {
    election: race.election.name,
    election_date: race.election.date,
    test_data: yesNo(race.testData),
    race_slug: race.slug,
    race: `${race.office}, ${race.seat}`,
    call_status: race.call.status,
  };
  // Position on the ballot counted from 1, as a reader counts (the JSON's ballotOrder counts from 0).
  const candidateCells = (c: (typeof candidates)[number]) => ({
    candidate_slug: c.slug,
    candidate: c.name,
    party: c.party ?? "",
    ballot_position: c.ballotOrder + 1,
    called_winner: yesNo(race.call.status === "called" && race.call.winners.includes(c.slug)),
    advancing: yesNo(race.call.status === "runoff" && race.call.advancing.includes(c.slug)),
  });
  const unitRows = race.units.flatMap((unit) =>
    candidates.map((c) => ({
      ...common,
      level: "unit",
      unit_slug: unit.slug,
      unit: unit.name,
      ...candidateCells(c),
      votes: unit.votes[c.slug] ?? 0,
      precincts_reporting: unit.precinctsReporting,
      precincts_total: unit.precinctsTotal,
    })),
  );
  const totalRows = candidates.map((c) => ({
    ...common,
    level: RACE_TOTAL_LEVEL,
    unit_slug: "",
    unit: "All units",
    ...candidateCells(c),
    votes: c.votes,
    precincts_reporting: race.reporting.precinctsReporting,
    precincts_total: race.reporting.precinctsTotal,
  }));
  return [...unitRows, ...totalRows];
}

/** The CSV text of one or more races, header first, CRLF line ends (RFC 4180), with a UTF-8 BOM. */
export function resultsCsv(races: readonly RaceResult[]): string {
  const lines = [RESULTS_CSV_COLUMNS.join(","), ...races.flatMap(raceRows).map((row) => RESULTS_CSV_COLUMNS.map((column) => csvCell(row[column])).join(","))];
  return `${RESULTS_CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** The download's file name: the slug is already safe in a header and a file system. */
export function resultsCsvFileName(slug: string): string {
  return `${slug}-results.csv`;
}
