// The value axis of a chart: round numbers a reader can take in at a glance (0, 500, 1,000; never
// 450 or 1,350), enough of them to read the picture by and few enough to fit a phone. The axis
// covers every value and zero, so a margin chart's zero line and a bar chart's baseline are always
// on it.

/** Steps between ticks are 1, 2, 2.5 or 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

export interface ValueTicks {
  /** From the lowest to the highest; the first and last are the axis's ends. */
  ticks: number[];
  min: number;
  max: number;
}

/** Ticks for values from `low` to `high` (and zero), about `count` intervals, whole numbers only. */
export function valueTicks(low: number, high: number, count = 4): ValueTicks {
  const min = Math.min(0, low);
  const max = Math.max(0, high);
  const span = max - min;
  if (span === 0) return { ticks: [0, 1], min: 0, max: 1 };
  // The smallest round step whose ticks, rounded out past the values, make at most count + 1 intervals.
  let step = 1;
  for (let magnitude = 10 ** Math.floor(Math.log10(span / count)); ; magnitude *= 10) {
    // Counts are whole votes: a step under one vote would label the same vote twice, and a step of
    // 2.5 votes would put ticks between votes. (Rounded first: 2.5 × 0.1 is not quite 0.25.)
    const fits = STEPS.map((s) => Math.max(1, Math.round(s * magnitude * 1e6) / 1e6))
      .filter((s) => Number.isInteger(s))
      .find((s) => Math.ceil(max / s) - Math.floor(min / s) <= count + 1);
    if (fits !== undefined) {
      step = fits;
      break;
    }
  }
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Math.round(value));
  return { ticks, min: first, max: last };
}
