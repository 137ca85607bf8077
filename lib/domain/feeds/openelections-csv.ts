// OpenElections result files (openelections-data-{st}): one row per unit, office and candidate, with
// vote-type columns that vary by state and year. Post-election records, so every unit is final and
// there are no calls. Each row is read here; openelections-tally.ts gathers the rows into races.
import { collapseSpaces } from "./candidate-name";
import { isBlankRecord, readCsvRecords, type CsvLine } from "./csv-records";
import { readCountText } from "./feed-counts";
import { FeedFindings, parsedFeed, refusedFeed } from "./feed-findings";
import type { ParsedFeed } from "./feed-snapshot";
import { readOpenElectionsHeader, type OpenElectionsHeader } from "./openelections-columns";
import { openElectionsTally, type OpenElectionsRow } from "./openelections-tally";

export function parseOpenElectionsCsv(text: string): ParsedFeed {
  const read = readCsvRecords(text);
  if ("problem" in read) return refusedFeed("openelections-csv", read.where, read.problem);
  const [headerRecord, ...records] = read.records.filter((record) => !isBlankRecord(record.fields));
  if (!headerRecord) return refusedFeed("openelections-csv", "the file", "The file is empty: it has no header and no rows.");
  const findings = new FeedFindings();
  const header = readOpenElectionsHeader(headerRecord, findings);
  if (!header) return parsedFeed("openelections-csv", findings, []);
  const tally = openElectionsTally(header.index.precinct !== undefined, findings);
  for (const record of records) {
    const row = readRow(record, header, findings);
    if (row) tally.add(row);
  }
  return parsedFeed("openelections-csv", findings, tally.races());
}

function readRow(record: CsvLine, header: OpenElectionsHeader, findings: FeedFindings): OpenElectionsRow | null {
  const { line, fields } = record;
  if (fields.length !== header.width) {
    findings.problem(`line ${line}`, `Has ${fields.length} fields; the header has ${header.width}.`);
    return null;
  }
  let valid = true;
  const refuse = (column: string, message: string) => {
    findings.problem(`line ${line}, column ${column}`, message);
    valid = false;
  };
  const cell = (column: keyof OpenElectionsHeader["index"]) => {
    const index = header.index[column];
    return index === undefined ? "" : collapseSpaces(fields[index]!);
  };
  for (const index of header.unnamed) {
    if (fields[index]!.trim() !== "") refuse(`${index + 1}`, `holds ${JSON.stringify(fields[index]!.trim())}, but the column has no name in the header.`);
  }
  const votes = readCountText(cell("votes"));
  if ("problem" in votes) refuse("votes", votes.problem);
  const methods: [string, number][] = [];
  for (const method of header.methods) {
    const raw = fields[method.index]!.trim();
    // An empty vote-type cell means the file does not report that vote type there.
    if (raw === "") continue;
    const count = readCountText(raw);
    if ("problem" in count) refuse(method.name, count.problem);
    else methods.push([method.name, count.value]);
  }
  if (!valid || !("value" in votes)) return null;
  return {
    line,
    county: cell("county"),
    precinct: cell("precinct"),
    // Georgia's amendment titles carry HTML line breaks.
    office: collapseSpaces(cell("office").replace(/<br\s*\/?>/gi, " ")),
    district: cell("district"),
    party: collapseSpaces(cell("party").replace(/[()]/g, " ")),
    candidate: cell("candidate"),
    votes: votes.value,
    methods,
  };
}
