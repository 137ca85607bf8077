import { expect, test } from "vitest";
import { lastChangeWords, type LastCountChange } from "./last-count-change";
import { formatClock } from "./time-words";

const clock = (iso: string) => formatClock(iso, "America/New_York");
const fulton: LastCountChange = {
  at: "2017-11-08T04:42:00.000Z",
  unit: "Fulton County",
  unitCount: 1,
  gains: [
    { slug: "archibong", name: "Natalyn Archibong", delta: 38 },
    { slug: "bakhtiari", name: "Liliana Bakhtiari", delta: 19 },
  ],
};

test("a unit's batch: each candidate's gain by last name, the unit and the time in the newsroom's zone", () => {
  expect(lastChangeWords(fulton, clock)).toBe("+38 Archibong, +19 Bakhtiari in Fulton County, 11:42 PM");
});

test("a correction that lowers a count shows a minus sign; thousands get separators", () => {
  const corrected = { ...fulton, gains: [{ slug: "a", name: "Natalyn Archibong", delta: -12 }, { slug: "b", name: "Liliana Bakhtiari", delta: 1_204 }] };
  expect(lastChangeWords(corrected, clock)).toBe("\u221212 Archibong, +1,204 Bakhtiari in Fulton County, 11:42 PM");
});

test("a candidate the batch left alone is not listed", () => {
  const one = { ...fulton, gains: [fulton.gains[0]!, { ...fulton.gains[1]!, delta: 0 }] };
  expect(lastChangeWords(one, clock)).toBe("+38 Archibong in Fulton County, 11:42 PM");
});

test("a batch over several units (a feed snapshot, a CSV file) says how many", () => {
  expect(lastChangeWords({ ...fulton, unit: null, unitCount: 3 }, clock)).toBe("+38 Archibong, +19 Bakhtiari in 3 reporting units, 11:42 PM");
});

test("no batch, or one that moved nothing, has no words", () => {
  expect(lastChangeWords(null, clock)).toBeNull();
  expect(lastChangeWords({ ...fulton, gains: [] }, clock)).toBeNull();
});
