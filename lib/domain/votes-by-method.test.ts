import fc from "fast-check";
import { expect, test } from "vitest";
import { METHOD_KINDS, methodKind } from "./feeds/feed-snapshot";
import { NOT_CALLED } from "./race-call";
import { buildRaceResult, type RaceRowUnit } from "./race-result";
import { compareMethods, methodKindOf, sumMethodVotes, votesByMethodTable, type MethodTableInput, type MethodVotes } from "./votes-by-method";

/** Georgia's names (../shared/FEEDS.md), sorted into kinds as the feed parsers sort them. */
const votes = (method: string, n: number): MethodVotes => ({ method, kind: methodKind(method), votes: n });
const GA = (electionDay: number, advanced: number, mail: number, provisional: number) => [
  votes("Provisional Votes", provisional),
  votes("Absentee by Mail Votes", mail),
  votes("Election Day Votes", electionDay),
  votes("Advanced Voting Votes", advanced),
];

// The demo's District 5 split (illustrative), Fulton and DeKalb; every method adds up to the count.
const FULTON = { archibong: GA(2519, 640, 236, 17), bakhtiari: GA(2702, 604, 238, 17) };
const DEKALB = { archibong: GA(1133, 336, 121, 8), bakhtiari: GA(897, 214, 80, 6) };

function unit(slug: string, counts: Record<string, number>, votesByMethod: RaceRowUnit["votesByMethod"] = {}): RaceRowUnit {
  return { slug, name: slug, precinctsTotal: 10, precinctsReporting: 10, ballotsCast: null, version: 1, votes: counts, fips: null, expectedVotePct: null, votesByMethod };
}

function race(units: RaceRowUnit[]) {
  return buildRaceResult({
    slug: "district-5",
    office: "Atlanta City Council",
    seat: "District 5",
    election: { slug: "atl", name: "Atlanta", date: "2017-11-07", isDemo: true },
    testData: false,
    rule: { kind: "plurality" },
    seats: 1,
    recountMarginPct: null,
    expectedVotePct: null,
    candidates: [
      { slug: "archibong", name: "Natalyn Archibong", party: null, photoUrl: null, incumbent: true, ballotOrder: 0 },
      { slug: "bakhtiari", name: "Liliana Bakhtiari", party: null, photoUrl: null, incumbent: false, ballotOrder: 1 },
    ],
    units,
    call: NOT_CALLED,
    updatedAt: "2017-11-08T05:18:00.000Z",
    version: 1,
  });
}

const districtFive = () =>
  race([unit("fulton", { archibong: 3412, bakhtiari: 3561 }, FULTON), unit("dekalb", { archibong: 1598, bakhtiari: 1197 }, DEKALB)]);

test("methods sort as election day, early, mail, provisional, then the others by name", () => {
  const names = ["Write-in Votes", "Provisional Votes", "Absentee", "Election Day Votes", "Advance in Person", "Absentee by Mail Votes", "Overseas"];
  expect(names.map((n) => votes(n, 0)).sort(compareMethods).map((m) => m.method)).toEqual([
    "Election Day Votes",
    "Advance in Person",
    "Absentee",
    "Absentee by Mail Votes",
    "Provisional Votes",
    "Overseas",
    "Write-in Votes",
  ]);
  expect(methodKindOf("mail")).toBe("mail");
  expect(methodKindOf("absentee")).toBe("other");
});

test("a race's votes by method are its units' added up, method by method, in the stable order", () => {
  const result = districtFive();
  const archibong = result.candidates.find((c) => c.slug === "archibong")!;
  expect(archibong.votes).toBe(5010);
  expect(archibong.votesByMethod).toEqual([
    { method: "Election Day Votes", kind: "election_day", votes: 3652 },
    { method: "Advanced Voting Votes", kind: "early", votes: 976 },
    { method: "Absentee by Mail Votes", kind: "mail", votes: 357 },
    { method: "Provisional Votes", kind: "provisional", votes: 25 },
  ]);
  expect(race([unit("u", { archibong: 5, bakhtiari: 4 })]).candidates.map((c) => c.votesByMethod)).toEqual([[], []]);
  expect(sumMethodVotes([])).toEqual([]);
});

test("the reader's table: candidates in result order, the kinds' plain names, each candidate's share of a method", () => {
  const table = votesByMethodTable(districtFive());
  expect(table.columns.map((c) => [c.label, c.method, c.votes])).toEqual([
    ["Election day", "Election Day Votes", 7251],
    ["Early", "Advanced Voting Votes", 1794],
    ["Mail", "Absentee by Mail Votes", 675],
    ["Provisional", "Provisional Votes", 48],
  ]);
  expect(table.columns[0]!.pct).toBeCloseTo((7251 * 100) / 9768, 10);
  expect(table.rows.map((r) => [r.name, r.votes, r.cells.map((c) => c.votes), r.notByMethod.votes])).toEqual([
    ["Natalyn Archibong", 5010, [3652, 976, 357, 25], 0],
    ["Liliana Bakhtiari", 4758, [3599, 818, 318, 23], 0],
  ]);
  expect(table.rows[0]!.cells[1]!.pct).toBeCloseTo((976 * 100) / 1794, 10);
  expect(table.complete).toBe(true);
  expect(table.notByMethod).toEqual({ votes: 0, pct: 0 });
});

test("two methods of one kind, or a kind the desk has no word for, go by the feed's own names", () => {
  const table = votesByMethodTable(
    race([unit("u", { archibong: 10, bakhtiari: 0 }, { archibong: [votes("Absentee", 3), votes("Mail Ballots", 4), votes("Overseas", 2), votes("Election Day", 1)] })]),
  );
  expect(table.columns.map((c) => c.label)).toEqual(["Election day", "Absentee", "Mail Ballots", "Overseas"]);
  expect(table.rows.find((r) => r.slug === "bakhtiari")!.cells.map((c) => [c.votes, c.pct])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
});

test("votes no breakdown places are counted apart: a unit without one, and a unit whose breakdown is for an older count", () => {
  const withoutBreakdown = votesByMethodTable(race([unit("fulton", { archibong: 3412, bakhtiari: 3561 }, FULTON), unit("dekalb", { archibong: 1598, bakhtiari: 1197 })]));
  expect(withoutBreakdown.rows.map((r) => [r.votes, r.cells.map((c) => c.votes), r.notByMethod.votes])).toEqual([
    [5010, [2519, 640, 236, 17], 1598],
    [4758, [2702, 604, 238, 17], 1197],
  ]);
  expect(withoutBreakdown.complete).toBe(false);
  expect(withoutBreakdown.rows[0]!.notByMethod.pct).toBeCloseTo((1598 * 100) / 2795, 10);
  expect(withoutBreakdown.notByMethod.votes).toBe(2795);

  // The desk corrected DeKalb's Bakhtiari count down to 1,100 after the feed's 1,197 split: DeKalb's
  // whole breakdown is set aside, not Bakhtiari's alone, so every column counts the same units.
  const corrected = votesByMethodTable(race([unit("fulton", { archibong: 3412, bakhtiari: 3561 }, FULTON), unit("dekalb", { archibong: 1598, bakhtiari: 1100 }, DEKALB)]));
  expect(corrected.rows.map((r) => [r.cells.map((c) => c.votes), r.notByMethod.votes])).toEqual([
    [[2519, 640, 236, 17], 1598],
    [[2702, 604, 238, 17], 1100],
  ]);

  // Only a part reported by method (no provisional yet): the rest is not placed.
  const partial = votesByMethodTable(race([unit("u", { archibong: 100, bakhtiari: 80 }, { archibong: [votes("Election Day", 60)], bakhtiari: [votes("Election Day", 50)] })]));
  expect(partial.rows.map((r) => [r.cells.map((c) => c.votes), r.notByMethod.votes])).toEqual([[[60], 40], [[50], 30]]);
});

test("no breakdown anywhere: no columns", () => {
  const table = votesByMethodTable(race([unit("u", { archibong: 5, bakhtiari: 4 })]));
  expect(table.columns).toEqual([]);
  expect(table.rows.map((r) => r.notByMethod.votes)).toEqual([5, 4]);
});

// ---- properties

const METHOD_NAMES = ["Election Day", "Early Vote", "Absentee", "Mail", "Provisional", "Overseas", "Write-in"];
const methodArb = fc.record({ method: fc.constantFrom(...METHOD_NAMES), kind: fc.constantFrom(...METHOD_KINDS) });

/** A race's units, each candidate's count and any breakdown (possibly too large, partial or absent). */
const unitsArb = (slugs: string[]) =>
  fc.array(
    fc.record({
      votes: fc.tuple(...slugs.map(() => fc.nat(500))),
      methods: fc.tuple(...slugs.map(() => fc.uniqueArray(fc.record({ m: methodArb, votes: fc.nat(300) }), { selector: (x) => `${x.m.kind}|${x.m.method}`, maxLength: 4 }))),
    }),
    { maxLength: 4 },
  );

function tableInput(slugs: string[], units: { votes: number[]; methods: { m: { method: string; kind: MethodVotes["kind"] }; votes: number }[][] }[]): MethodTableInput {
  const rows = units.map((u) => ({
    votes: Object.fromEntries(slugs.map((slug, i) => [slug, u.votes[i]!])),
    votesByMethod: Object.fromEntries(slugs.map((slug, i) => [slug, u.methods[i]!.map((x) => ({ ...x.m, votes: x.votes }))])),
  }));
  return { candidates: slugs.map((slug, i) => ({ slug, name: slug, votes: units.reduce((sum, u) => sum + u.votes[i]!, 0) })), units: rows };
}

const slugsArb = fc.integer({ min: 1, max: 4 }).map((n) => Array.from({ length: n }, (_, i) => `c${i}`));

test("property: what the table places by method never exceeds a candidate's count, and the rest is counted apart", () => {
  fc.assert(
    fc.property(slugsArb.chain((slugs) => fc.tuple(fc.constant(slugs), unitsArb(slugs))), ([slugs, units]) => {
      const input = tableInput(slugs, units);
      const table = votesByMethodTable(input);
      for (const row of table.rows) {
        const placed = row.cells.reduce((sum, c) => sum + c.votes, 0);
        expect(placed).toBeLessThanOrEqual(row.votes);
        expect(row.notByMethod.votes).toBeGreaterThanOrEqual(0);
        expect(placed + row.notByMethod.votes).toBe(row.votes);
      }
      table.columns.forEach((column, i) => {
        expect(table.rows.reduce((sum, r) => sum + r.cells[i]!.votes, 0)).toBe(column.votes);
        if (i > 0) expect(compareMethods(table.columns[i - 1]!, column)).toBeLessThan(0);
      });
      expect(table.complete).toBe(table.rows.every((r) => r.notByMethod.votes === 0));
    }),
  );
});

test("property: where every unit's breakdown adds up to its count, the table places every vote", () => {
  // Each count is made as the sum of its own breakdown.
  const completeUnits = (slugs: string[]) =>
    unitsArb(slugs).map((units) => units.map((u) => ({ ...u, votes: u.methods.map((list) => list.reduce((sum, x) => sum + x.votes, 0)) })));
  fc.assert(
    fc.property(slugsArb.chain((slugs) => fc.tuple(fc.constant(slugs), completeUnits(slugs))), ([slugs, units]) => {
      const table = votesByMethodTable(tableInput(slugs, units));
      expect(table.complete).toBe(true);
      for (const row of table.rows) expect(row.cells.reduce((sum, c) => sum + c.votes, 0)).toBe(row.votes);
      for (const [i, column] of table.columns.entries()) {
        if (column.votes > 0) expect(table.rows.reduce((sum, r) => sum + r.cells[i]!.pct, 0)).toBeCloseTo(100, 9);
      }
    }),
  );
});
