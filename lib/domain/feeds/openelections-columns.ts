// An OpenElections file's header: columns found by name, never by position (GA 2017 puts candidate
// before party, TX puts the vote types before votes). Names are matched trimmed and ignoring case,
// spaces and hyphens ("Write-In", " votes", "Election Day"); "vote" means votes (openelections-data-ca#192).
// Every other named column holds a vote type ("early_voting", "absentee_by_mail"…).
import type { CsvLine } from "./csv-records";
import type { FeedFindings } from "./feed-findings";

const COLUMNS = ["county", "precinct", "office", "district", "party", "candidate", "votes", "winner", "write_in", "notes"] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ["county", "office", "candidate", "votes"];
const ALIASES: Readonly<Record<string, Column>> = { vote: "votes", writein: "write_in" };

export interface OpenElectionsHeader {
  line: number;
  width: number;
  index: Partial<Record<Column, number>>;
  /** Vote-type columns, by the header's own (trimmed) name. */
  methods: { name: string; index: number }[];
  /** Columns with no name: their cells must be empty. */
  unnamed: number[];
}

export function readOpenElectionsHeader(record: CsvLine, findings: FeedFindings): OpenElectionsHeader | null {
  const header: OpenElectionsHeader = { line: record.line, width: record.fields.length, index: {}, methods: [], unnamed: [] };
  const where = `line ${record.line}`;
  const seen = new Set<string>();
  record.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
    const column = Object.hasOwn(ALIASES, name) ? ALIASES[name]! : ((COLUMNS as readonly string[]).includes(name) ? (name as Column) : null);
    if (name === "") header.unnamed.push(index);
    else if (seen.has(column ?? name)) findings.problem(where, `The column ${JSON.stringify(raw.trim())} appears twice in the header.`);
    else if (column) header.index[column] = index;
    else header.methods.push({ name: raw.trim(), index });
    seen.add(column ?? name);
  });
  const present = record.fields.map((field) => field.trim()).join(", ");
  for (const column of REQUIRED) {
    if (header.index[column] === undefined) findings.problem(where, `The header has no ${column} column (it has ${present}).`);
  }
  return findings.refused ? null : header;
}
