// CSV records (RFC 4180) read with csv-parse from text that arrives in pieces, so a 20 MB upload is
// parsed as it streams in rather than held twice. Records keep the line they start on: every
// refusal names it. Lenient where spreadsheets and hand-typed files differ (LF, CRLF or lone CR line
// ends, a byte-order mark, spaces around a field); strict where meaning would be guessed (a stray
// quote, text after a closing quote, a quote never closed), and reading on so every problem is listed.
//
// csv-parse skips a record it refuses, but after a misplaced quote it cannot tell where the next
// record starts (adaltas/node-csv#214: after `"a"b` it reads on as if inside the quotes). So it is
// given one physical line at a time, and a refused record ends with the line its fault is on: a new
// parser takes up the next line.
import { Parser, type CsvError, type Options } from "csv-parse";

export interface CsvRecord {
  /** The physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
  /** Why the record is not valid CSV; it then has no fields. */
  problem?: string;
}

const OPTIONS = {
  // Any line end, even mixed in one file.
  record_delimiter: ["\r\n", "\n", "\r"],
  // Spaces around a quoted field. Unquoted fields lose theirs too; the import trims every value.
  ltrim: true,
  rtrim: true,
  // The import compares each row's width with the header's, and names the line.
  relax_column_count: true,
  skip_records_with_error: true,
} satisfies Options;

const LINE = /[^\r\n]*(?:\r\n|\n|\r)/g;
const LINE_BREAK = /\r\n|\n|\r/g;

/** Lines a record spans beyond its first: csv-parse's `info.lines` counts a CRLF inside quotes twice. */
function lineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) if (field.includes("\n") || field.includes("\r")) count += field.match(LINE_BREAK)!.length;
  return count;
}

function describe(error: CsvError | undefined, line: number): string {
  switch (error?.code) {
    case "INVALID_OPENING_QUOTE":
      return 'a quote inside a field that does not start with one (quote the whole field and double the quote: "")';
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "text after the closing quote of a field";
    case "CSV_QUOTE_NOT_CLOSED":
      return `a quoted field that starts on line ${line} is never closed`;
    default:
      return error?.message ?? "not valid CSV";
  }
}

export class CsvRecordReader {
  /** The unfinished last line, in pieces: joining only when a line end arrives keeps one huge line linear. */
  private carry: string[] = [];
  private carriesCr = false;
  private records: CsvRecord[] = [];
  /** Physical lines read so far, and the last of them. */
  private lines = 0;
  private lastLine = "";
  /** The line the next record starts on. */
  private next = 1;
  private parser!: Parser;
  private parserHasLine = false;
  /**
   * csv-parse keeps the last bytes it is given, a line end among them, until more arrives. So a fault
   * it finds while reading a line may be on the line before: it is if the parser had a line before,
   * and has not counted a new line since it was given this one.
   */
  private mayHoldLineBefore = false;
  private linesCounted = 0;
  private refused: { onLineBefore: boolean } | null = null;

  constructor() {
    this.startParser();
  }

  /** Feeds the next piece of text; returns the records it completed. */
  push(piece: string): CsvRecord[] {
    this.carry.push(piece);
    if (this.carriesCr || /[\r\n]/.test(piece)) {
      const text = this.carry.join("");
      // A CR at the very end may be the first half of a CRLF split across pieces.
      const head = text.endsWith("\r") ? text.slice(0, -1) : text;
      const complete = Math.max(head.lastIndexOf("\n"), head.lastIndexOf("\r")) + 1;
      this.carry = complete === text.length ? [] : [text.slice(complete)];
      this.carriesCr = text.endsWith("\r");
      if (complete > 0) for (const line of text.slice(0, complete).match(LINE)!) this.readLine(line);
    }
    return this.take();
  }

  /** Ends the input: completes the last record, and refuses a quoted field left open. */
  end(): CsvRecord[] {
    const rest = this.carry.join("");
    this.carry = [];
    if (rest !== "") this.readLine(rest);
    this.feed(null);
    return this.take();
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  private readLine(line: string): void {
    this.lines += 1;
    this.lastLine = line;
    this.feed(line);
  }

  private startParser(): void {
    this.refused = null;
    this.parserHasLine = false;
    this.parser = new Parser({
      ...OPTIONS,
      bom: this.lines === 0,
      on_record: (fields: string[]) => {
        if (!this.refused) {
          this.records.push({ line: this.next, fields });
          this.next += 1 + lineBreaks(fields);
        }
        return null; // collected here rather than passed down the stream
      },
      on_skip: (error) => {
        if (this.refused) return;
        this.refused = { onLineBefore: this.mayHoldLineBefore && this.parser.info.lines === this.linesCounted };
        this.records.push({ line: this.next, fields: [], problem: describe(error, this.next) });
      },
    });
  }

  /** Gives csv-parse the last line read, or ends its input (null). */
  private feed(line: string | null): void {
    if (line === null) this.parser.end();
    else {
      this.mayHoldLineBefore = this.parserHasLine;
      this.linesCounted = this.parser.info.lines;
      this.parserHasLine = true;
      this.parser.write(line);
    }
    if (!this.refused) return;
    // The refused record ends with the line its fault is on; a new parser takes up the next line.
    const { onLineBefore } = this.refused;
    this.next = onLineBefore ? this.lines : this.lines + 1;
    this.startParser();
    if (!onLineBefore) return;
    this.feed(this.lastLine);
    if (line === null) this.feed(null);
  }
}

/** Records of a whole text or of a stream of text pieces, handed on a piece at a time. */
export async function* csvRecordBatches(input: string | AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  const reader = new CsvRecordReader();
  if (typeof input === "string") {
    // Slices keep the reader's per-piece arrays small for a large pasted text.
    for (let at = 0; at < input.length; at += 64 * 1024) yield reader.push(input.slice(at, at + 64 * 1024));
  } else {
    for await (const chunk of input) yield reader.push(chunk);
  }
  yield reader.end();
}

export function formatCsvField(value: string): string {
  // Spaces at either end are quoted too: the reader drops them from an unquoted field.
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(",");
}

export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${formatCsvRecord(fields)}\r\n`).join("");
}
