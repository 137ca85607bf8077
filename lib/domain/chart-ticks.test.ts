import fc from "fast-check";
import { expect, test } from "vitest";
import { valueTicks } from "./chart-ticks";

test("District 5's margins from −160 to +252 get round ticks through zero", () => {
  expect(valueTicks(-160, 252)).toEqual({ ticks: [-200, -100, 0, 100, 200, 300], min: -200, max: 300 });
});

test("a lead that only grew starts at zero, with steps of 500 rather than 450", () => {
  expect(valueTicks(200, 1800).ticks).toEqual([0, 500, 1000, 1500, 2000]);
});

test("bars of votes start at zero", () => {
  expect(valueTicks(1400, 7700).ticks).toEqual([0, 2000, 4000, 6000, 8000]);
});

test("nothing counted yet still has an axis", () => {
  expect(valueTicks(0, 0)).toEqual({ ticks: [0, 1], min: 0, max: 1 });
});

test("a few votes are never split into fractions", () => {
  expect(valueTicks(0, 3).ticks).toEqual([0, 1, 2, 3]);
});

test("a margin of a dozen votes steps by whole votes, never by 2.5", () => {
  expect(valueTicks(-11, 0)).toEqual({ ticks: [-15, -10, -5, 0], min: -15, max: 0 });
});

test("every value and zero lie on the axis, ticks are whole, evenly spaced and not too many", () => {
  fc.assert(
    fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (low, spread) => {
      const high = low + spread;
      const { ticks, min, max } = valueTicks(low, high);
      expect(min).toBeLessThanOrEqual(Math.min(0, low));
      expect(max).toBeGreaterThanOrEqual(Math.max(0, high));
      expect(ticks[0]).toBe(min);
      expect(ticks[ticks.length - 1]).toBe(max);
      expect(ticks).toContain(0);
      expect(ticks.length).toBeLessThanOrEqual(9);
      const step = ticks[1]! - ticks[0]!;
      ticks.forEach((t, i) => {
        expect(Number.isInteger(t)).toBe(true);
        if (i > 0) expect(t - ticks[i - 1]!).toBe(step);
      });
    }),
  );
});
