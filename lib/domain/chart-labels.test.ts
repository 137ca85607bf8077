import fc from "fast-check";
import { expect, test } from "vitest";
import { separateLabels } from "./chart-labels";

const band = { gap: 16, top: 20, bottom: 200 };

test("labels far apart stay where they want to be", () => {
  const placed = separateLabels([{ id: "a", y: 40 }, { id: "b", y: 120 }, { id: "final", y: 180 }], band);
  expect(Object.fromEntries(placed)).toEqual({ a: 40, b: 120, final: 180 });
});

test("a close race: the final margin at zero pushes the side labels apart, in their order", () => {
  const placed = separateLabels([{ id: "above", y: 100 }, { id: "final", y: 104 }, { id: "below", y: 108 }], band);
  expect(Object.fromEntries(placed)).toEqual({ above: 100, final: 116, below: 132 });
});

test("labels at the bottom edge are pushed up, not out of the plot", () => {
  const placed = separateLabels([{ id: "above", y: 190 }, { id: "below", y: 230 }], band);
  expect(Object.fromEntries(placed)).toEqual({ above: 184, below: 200 });
});

test("any labels that fit the band end up inside it, in order, never closer than the gap", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -100, max: 400 }), { minLength: 1, maxLength: Math.floor((band.bottom - band.top) / band.gap) + 1 }), (ys) => {
      const labels = ys.map((y, i) => ({ id: `l${i}`, y }));
      const placed = separateLabels(labels, band);
      const sorted = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.y - b.y || a.i - b.i).map((l) => placed.get(l.id)!);
      for (const y of sorted) {
        expect(y).toBeGreaterThanOrEqual(band.top);
        expect(y).toBeLessThanOrEqual(band.bottom);
      }
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(band.gap);
    }),
  );
});
