import fc from "fast-check";
import { expect, test } from "vitest";
import { type HistoryPoint, leadChanges, lineSeries, marginSeries, type RaceHistory, withCurrentCount } from "./margin-history";

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

function historyOf(points: HistoryPoint[]): RaceHistory {
  const series = marginSeries(points, pair);
  const line = { kind: "seat", above: pair[0], below: pair[1], seats: 1 } as const;
  return { slug: "district-5", pair: [...pair], line, candidates: [], points: series, leadChanges: leadChanges(series) };
}

test("the chart ends at the count on the page: a newer count becomes the last point", () => {
  const history = historyOf(night);
  const count = { at: "2017-11-08T01:30:00-05:00", totals: { archibong: 5_029, bakhtiari: 4_758 } };
  const shown = withCurrentCount(history, count);
  expect(shown.points).toHaveLength(night.length + 1);
  expect(shown.points[shown.points.length - 1]).toMatchObject({ at: count.at, leaderId: "archibong", margin: 271, signedMargin: 271 });
  expect(shown.leadChanges).toEqual(history.leadChanges);
});

test("a count the history already ends at adds nothing; a new leader is a lead change", () => {
  const history = historyOf(night);
  expect(withCurrentCount(history, { at: "2017-11-08T02:00:00-05:00", totals: { archibong: 5_010, bakhtiari: 4_758, someone: 0 } })).toBe(history);
  const flipped = withCurrentCount(history, { at: "2017-11-08T02:00:00-05:00", totals: { archibong: 5_010, bakhtiari: 5_100 } });
  expect(flipped.leadChanges[flipped.leadChanges.length - 1]).toEqual({ at: "2017-11-08T02:00:00-05:00", from: "archibong", to: "bakhtiari" });
});

test("an empty history gains the count once there are votes; a race with one candidate has no margin chart", () => {
  const empty = historyOf([]);
  expect(withCurrentCount(empty, { at: "2017-11-07T20:00:00-05:00", totals: { archibong: 0, bakhtiari: 0 } })).toBe(empty);
  expect(withCurrentCount(empty, { at: "2017-11-07T20:00:00-05:00", totals: { archibong: 3, bakhtiari: 1 } }).points).toHaveLength(1);
  const single: RaceHistory = { ...empty, pair: null, line: null };
  expect(withCurrentCount(single, { at: "2017-11-07T20:00:00-05:00", totals: { archibong: 3 } })).toBe(single);
});

test("property: whatever the history, the last point is the count shown", () => {
  const totals = fc.record({ archibong: fc.nat(20_000), bakhtiari: fc.nat(20_000) });
  fc.assert(
    fc.property(fc.array(totals, { maxLength: 6 }), totals, (batches, current) => {
      const history = historyOf(batches.map((t, i) => ({ at: `2017-11-07T2${i}:00:00-05:00`, totals: t })));
      const shown = withCurrentCount(history, { at: "2017-11-08T01:00:00-05:00", totals: current });
      const last = shown.points[shown.points.length - 1];
      if (current.archibong + current.bakhtiari === 0 && batches.length === 0) return;
      expect(last!.signedMargin).toBe(current.archibong - current.bakhtiari);
    }),
  );
});

test("along a threshold line the margin is the votes over (or short of) the share that wins outright", () => {
  const series = lineSeries(
    [
      { at: "2017-11-07T20:00:00-05:00", totals: { park: 40, adeyemi: 35, fontaine: 25 } },
      { at: "2017-11-07T21:00:00-05:00", totals: { park: 120, adeyemi: 50, fontaine: 30 } },
    ],
    { kind: "threshold", candidate: "park", thresholdPct: 50 },
  );
  expect(series.map((p) => [p.leaderId, p.signedMargin, p.margin])).toEqual([
    [null, -10, 10],
    ["park", 20, 20],
  ]);
  expect(leadChanges(series)).toEqual([]);
});
