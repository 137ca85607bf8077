import fc from "fast-check";
import { expect, test } from "vitest";
import { CsvRecordReader, csvRecordBatches, formatCsv, type CsvRecord } from "./csv-tallies-records";

function read(text: string, pieces: number[] = []): CsvRecord[] {
  const reader = new CsvRecordReader();
  const records: CsvRecord[] = [];
  let at = 0;
  for (const size of pieces) {
    records.push(...reader.push(text.slice(at, at + size)));
    at += size;
  }
  records.push(...reader.push(text.slice(at)), ...reader.end());
  return records;
}

const fieldsOf = (text: string) => read(text).map((r) => r.fields);

test("plain fields, with LF, CRLF or lone CR line ends and no final line end", () => {
  expect(read("a,b\nc,d")).toEqual([
    { line: 1, fields: ["a", "b"] },
    { line: 2, fields: ["c", "d"] },
  ]);
  expect(fieldsOf("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
  expect(fieldsOf("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
});

test("quoted fields keep commas, doubled quotes and line breaks, and the record keeps its first line", () => {
  const records = read('race,candidate\n"Council, District 5","Natalyn ""Nat"" Archibong"\n"two\r\nlines",x\nlast,y\n');
  expect(records).toEqual([
    { line: 1, fields: ["race", "candidate"] },
    { line: 2, fields: ["Council, District 5", 'Natalyn "Nat" Archibong'] },
    { line: 3, fields: ["two\r\nlines", "x"] },
    { line: 5, fields: ["last", "y"] },
  ]);
});

test("empty fields, empty quoted fields and blank lines are kept as such", () => {
  expect(fieldsOf('a,,""\n\n,\n')).toEqual([["a", "", ""], [""], ["", ""]]);
});

test("a byte-order mark at the start is dropped, even when it arrives alone", () => {
  expect(fieldsOf("\uFEFFrace,unit\n")).toEqual([["race", "unit"]]);
  expect(read("\uFEFFrace,unit\n", [1])[0]!.fields).toEqual(["race", "unit"]);
});

test("spaces around a field are dropped, quoted or not; inside the quotes they are kept", () => {
  // Dropped from an unquoted field too (csv-parse trims both or neither); the import trims every value anyway.
  expect(fieldsOf(' a , "b" ,c,\t" d "\t')).toEqual([["a", "b", "c", " d "]]);
});

test("a CRLF split between two pieces is one line end", () => {
  expect(read("a\r\nb\r\n", [2]).map((r) => [r.line, r.fields])).toEqual([
    [1, ["a"]],
    [2, ["b"]],
  ]);
});

test.each([
  ['a,b"c,d\nnext,1', 1, "a quote inside a field"],
  ['"a"b,c\nnext,1', 1, "text after the closing quote"],
  ['x,1\n"never closed,2\nnext,3', 2, "starts on line 2 is never closed"],
])("malformed %j is refused on line %i and reading goes on", (text, line, words) => {
  const records = read(text);
  const bad = records.find((r) => r.problem);
  expect(bad?.line).toBe(line);
  expect(bad?.problem).toContain(words);
  if (!words.includes("never closed")) expect(records.at(-1)).toEqual({ line: 2, fields: ["next", "1"] });
});

test("every malformed record is listed on the line it starts on, and the records around it keep theirs", () => {
  const text = 'ok,1\n"two\nlines"x,2\nok,4\na"b\n"c" d\nok,7,"e"\r\n"f\r\ng" "h"\r\n"""",10\nok,11\r"never\nclosed';
  // A fields array, or words of the problem.
  const expected: [number, string[] | string][] = [
    [1, ["ok", "1"]],
    [2, "text after the closing quote"],
    [4, ["ok", "4"]],
    [5, "a quote inside a field"],
    [6, "text after the closing quote"],
    [7, ["ok", "7", "e"]],
    [8, "a quote inside a field"],
    [10, ['"', "10"]],
    [11, ["ok", "11"]],
    [12, "starts on line 12 is never closed"],
  ];
  for (const pieces of [[], Array.from({ length: text.length }, () => 1)]) {
    expect(read(text, pieces).map((r) => [r.line, r.problem ?? r.fields])).toEqual(
      expected.map(([line, want]) => [line, typeof want === "string" ? expect.stringContaining(want) : want]),
    );
  }
});

test("a fault in the last bytes of a line, which csv-parse reads with the next, is still that line's", () => {
  expect(read('a,b"\nnext,1').map((r) => [r.line, r.problem ? "refused" : r.fields])).toEqual([
    [1, "refused"],
    [2, ["next", "1"]],
  ]);
  expect(read('a"\nb').map((r) => [r.line, r.problem ? "refused" : r.fields])).toEqual([
    [1, "refused"],
    [2, ["b"]],
  ]);
});

test("one huge line arriving in many pieces is read whole", () => {
  const long = "x".repeat(200_000);
  const pieces = Array.from({ length: 50 }, () => 4_000);
  expect(read(`${long},1\n`, pieces)).toEqual([{ line: 1, fields: [long, "1"] }]);
});

test("csvRecordBatches reads a whole text and a stream of pieces alike", async () => {
  async function* pieces() {
    yield "race,un";
    yield 'it\n"a,b",c';
  }
  const collect = async (input: string | AsyncIterable<string>) => {
    const out: CsvRecord[] = [];
    for await (const batch of csvRecordBatches(input)) out.push(...batch);
    return out;
  };
  expect(await collect(pieces())).toEqual(await collect('race,unit\n"a,b",c'));
});

const field = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\r", "\n", "é", "5") });
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 });

test("property: reading what formatCsv wrote gives back the same records", () => {
  fc.assert(
    fc.property(records, (rows) => {
      expect(fieldsOf(formatCsv(rows))).toEqual(rows);
    }),
  );
});

test("property: where malformed text is cut into pieces changes nothing, and records come in line order", () => {
  const text = fc.string({ unit: fc.constantFrom("a", ",", '"', " ", "\r", "\n", "\r\n"), maxLength: 60 });
  fc.assert(
    fc.property(text, fc.array(fc.nat({ max: 12 }), { maxLength: 10 }), (text, cuts) => {
      const records = read(text);
      expect(read(text, cuts)).toEqual(records);
      const lines = records.map((r) => r.line);
      expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
      expect(lines.every((line) => line <= text.split(/\r\n|\n|\r/).length)).toBe(true);
    }),
  );
});

test("property: where the text is cut into pieces changes nothing", () => {
  fc.assert(
    fc.property(records, fc.array(fc.nat({ max: 12 }), { maxLength: 10 }), (rows, cuts) => {
      const text = formatCsv(rows);
      expect(read(text, cuts)).toEqual(read(text));
    }),
  );
});
