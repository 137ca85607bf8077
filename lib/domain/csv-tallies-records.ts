// CSV records (RFC 4180) read from text that arrives in pieces, so a 20 MB upload is parsed as it
// streams in rather than held twice. Records keep the line they start on: every refusal names it.
// Lenient where spreadsheets and hand-typed files differ (LF or lone CR line ends, a byte-order
// mark, spaces around a quoted field); strict where meaning would be guessed (a stray quote).

export interface CsvRecord {
  /** The physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
  /** Why the record is not valid CSV; its fields are then incomplete. */
  problem?: string;
}

const LINE_END = /\r\n|\n|\r/g;

export class CsvRecordReader {
  /** The unfinished last line, in pieces: joining only when a line end arrives keeps one huge line linear. */
  private carry: string[] = [];
  private carriesCr = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private fields: string[] = [];
  private field = "";
  private inQuotes = false;
  private closed = false;
  private open = false;

  /** Feeds the next piece of text; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.startsWith("\uFEFF")) chunk = chunk.slice(1);
    }
    if (!this.carriesCr && !/[\r\n]/.test(chunk)) {
      if (chunk !== "") this.carry.push(chunk);
      return [];
    }
    const text = this.carry.join("") + chunk;
    const records: CsvRecord[] = [];
    LINE_END.lastIndex = 0;
    let start = 0;
    for (let match = LINE_END.exec(text); match; match = LINE_END.exec(text)) {
      // A CR at the very end may be the first half of a CRLF split across pieces.
      if (match[0] === "\r" && match.index === text.length - 1) break;
      this.readLine(text.slice(start, match.index), match[0], records);
      start = match.index + match[0].length;
    }
    const rest = text.slice(start);
    this.carry = rest === "" ? [] : [rest];
    this.carriesCr = rest.endsWith("\r");
    return records;
  }

  /** Ends the input: completes the last record, and refuses a quoted field left open. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    let rest = this.carry.join("");
    this.carry = [];
    this.carriesCr = false;
    if (rest.endsWith("\r")) {
      this.readLine(rest.slice(0, -1), "\r", records);
      rest = "";
    }
    if (rest !== "" || this.open) this.readLine(rest, "", records);
    return records;
  }

  private readLine(text: string, lineEnd: string, records: CsvRecord[]): void {
    if (!this.open && !text.includes('"')) {
      records.push({ line: this.line, fields: text.split(",") });
      this.line += 1;
      return;
    }
    if (!this.open) this.recordLine = this.line;
    this.open = true;
    const problem = this.scan(text);
    this.line += 1;
    if (problem) return this.finish(records, problem);
    if (!this.inQuotes) return this.finish(records);
    if (lineEnd === "") return this.finish(records, `a quoted field that starts on line ${this.recordLine} is never closed`);
    this.field += lineEnd;
  }

  private scan(text: string): string | null {
    let i = 0;
    while (i < text.length) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          this.field += text.slice(i);
          return null;
        }
        this.field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          this.field += '"';
          i = quote + 2;
        } else {
          this.inQuotes = false;
          this.closed = true;
          i = quote + 1;
        }
        continue;
      }
      const c = text[i]!;
      if (c === ",") {
        this.fields.push(this.field);
        this.field = "";
        this.closed = false;
      } else if (c === '"') {
        if (this.closed || this.field.trim() !== "") return 'a quote inside a field that does not start with one (quote the whole field and double the quote: "")';
        this.field = "";
        this.inQuotes = true;
      } else if (this.closed) {
        if (c.trim() !== "") return "text after the closing quote of a field";
      } else this.field += c;
      i += 1;
    }
    return null;
  }

  private finish(records: CsvRecord[], problem?: string): void {
    this.fields.push(this.field);
    records.push(problem ? { line: this.recordLine, fields: this.fields, problem } : { line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = "";
    this.inQuotes = this.closed = this.open = false;
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
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map(formatCsvField).join(",");
}

export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${formatCsvRecord(fields)}\r\n`).join("");
}
