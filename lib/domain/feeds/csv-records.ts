// CSV records with the line each starts on, read by csv-parse. Accepts a byte-order mark and CRLF, LF
// or CR-only line ends (old Georgia files have no LF at all); refuses what would be guessed at, such as
// a quote that is never closed.
import { CsvError, parse } from "csv-parse/sync";

const PLAIN_REASONS: Readonly<Record<string, string>> = {
  INVALID_OPENING_QUOTE: 'a quote stands inside a field that does not start with one; quote the whole field and double its quotes ("")',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field goes on after its closing quote; a quote inside a quoted field is written twice ("")',
};

export interface CsvLine {
  /** The physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

export function readCsvRecords(text: string): { records: CsvLine[] } | { where: string; problem: string } {
  const records: CsvLine[] = [];
  let nextLine = 1;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (fields: string[], context) => {
        records.push({ line: nextLine, fields });
        nextLine = context.lines + 1;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") {
      return { where: `line ${nextLine}`, problem: "A quoted field that starts on this line is never closed: the file ends inside it." };
    }
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : nextLine;
    const code = error instanceof CsvError ? error.code : "";
    const reason = Object.hasOwn(PLAIN_REASONS, code) ? PLAIN_REASONS[code]! : error instanceof Error ? error.message.replace(/\.$/, "") : String(error);
    return { where: `line ${line}`, problem: `Not valid CSV: ${reason}.` };
  }
  return { records };
}

/** A line with nothing on it, or only separators (",,,,"). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === "");
}
