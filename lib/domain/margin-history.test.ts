import fc from "fast-check";
import { expect, test } from "vitest";
import { type HistoryPoint, leadChanges, marginSeries } from "./margin-history";

const pair = ["archibong", "bakhtiari"] as const;

// An illustrative election night (DESIGN.md section 6): Bakhtiari ahead on the early batches,
// level once, then Archibong ahead to the end at 5,010 to 4,758.
const night: HistoryPoint[] = [
  { at: "2017-11-07T20:15:00-05:00", totals: { archibong: 610, bakhtiari: 702 } },
  { at: "2017-11-07T21:02:00-05:00", totals: { archibong: 2_140, bakhtiari: 2_140 } },
  { at: "2017-11-07T21:40:00-05:00", totals: { archibong: 3_398, bakhtiari: 3_301 } },
  { at: "2017-11-07T23:05:00-05:00", totals: { archibong: 5_010, bakhtiari: 4_758 } },
];

test("the series follows the pair batch by batch, signed from the first candidate's side", () => {
  const series = marginSeries(night, pair);

  expect(series.map((p) => [p.leaderId, p.signedMargin, p.margin])).toEqual([
    ["bakhtiari", -92, 92],
    [null, 0, 0],
    ["archibong", 97, 97],
    ["archibong", 252, 252],
  ]);
  expect(series[3]).toMatchObject({ at: "2017-11-07T23:05:00-05:00", totals: { archibong: 5_010, bakhtiari: 4_758 } });
});

test("a candidate with no votes in a batch yet counts as 0", () => {
  const [point] = marginSeries([{ at: "2017-11-07T20:00:00-05:00", totals: { bakhtiari: 12 } }], pair);

  expect(point).toMatchObject({ leaderId: "bakhtiari", signedMargin: -12, margin: 12 });
});

test("the series does not share the history's totals objects", () => {
  const history: HistoryPoint[] = [{ at: "2017-11-07T20:00:00-05:00", totals: { archibong: 1 } }];
  const [point] = marginSeries(history, pair);
  if (point) point.totals["archibong"] = 99;

  expect(history[0]?.totals["archibong"]).toBe(1);
});

test("A → level → B is one lead change, to B, at the moment B went ahead", () => {
  expect(leadChanges(marginSeries(night, pair))).toEqual([
    { at: "2017-11-07T21:40:00-05:00", from: "bakhtiari", to: "archibong" },
  ]);
});

test("A → level → A is no lead change, and neither is the first lead of the night", () => {
  const history: HistoryPoint[] = [
    { at: "t0", totals: {} },
    { at: "t1", totals: { archibong: 10, bakhtiari: 5 } },
    { at: "t2", totals: { archibong: 10, bakhtiari: 10 } },
    { at: "t3", totals: { archibong: 20, bakhtiari: 10 } },
  ];

  expect(leadChanges(marginSeries(history, pair))).toEqual([]);
});

test("every swap is counted, back and forth", () => {
  const history: HistoryPoint[] = [
    { at: "t1", totals: { archibong: 10, bakhtiari: 5 } },
    { at: "t2", totals: { archibong: 10, bakhtiari: 15 } },
    { at: "t3", totals: { archibong: 30, bakhtiari: 15 } },
  ];

  expect(leadChanges(marginSeries(history, pair))).toEqual([
    { at: "t2", from: "archibong", to: "bakhtiari" },
    { at: "t3", from: "bakhtiari", to: "archibong" },
  ]);
});

const historyArbitrary = fc.array(
  fc.record({
    at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    totals: fc.record({ archibong: fc.nat(50), bakhtiari: fc.nat(50) }),
  }),
  { maxLength: 12 },
);

test("property: the margin is never negative and agrees with the signed margin and the leader", () => {
  fc.assert(
    fc.property(historyArbitrary, (history) => {
      for (const point of marginSeries(history, pair)) {
        expect(point.margin).toBeGreaterThanOrEqual(0);
        expect(point.margin).toBe(Math.abs(point.signedMargin));
        const expectedLeader = point.signedMargin > 0 ? "archibong" : point.signedMargin < 0 ? "bakhtiari" : null;
        expect(point.leaderId).toBe(expectedLeader);
      }
    }),
  );
});

test("property: lead changes chain into one another and match the number of swaps between leaders", () => {
  fc.assert(
    fc.property(historyArbitrary, (history) => {
      const series = marginSeries(history, pair);
      const changes = leadChanges(series);
      const leaders = series.map((p) => p.leaderId).filter((id): id is string => id !== null);
      const swaps = leaders.filter((id, i) => i > 0 && id !== leaders[i - 1]).length;

      expect(changes).toHaveLength(swaps);
      changes.forEach((change, i) => {
        expect(change.from).not.toBe(change.to);
        if (i > 0) expect(change.from).toBe(changes[i - 1]?.to);
        expect(series.find((p) => p.at === change.at && p.leaderId === change.to)).toBeDefined();
      });
    }),
  );
});
