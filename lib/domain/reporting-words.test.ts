import { expect, test } from "vitest";
import { countedPctText, countedShare, countedWords } from "./reporting-words";

const reporting = { precinctsReporting: 1850, precinctsTotal: 2656, pct: (1850 * 100) / 2656 };

test("with a feed's expected vote, the share of it counted leads and the precincts follow", () => {
  expect(countedWords(reporting, 72)).toBe("72% of expected vote counted · 1,850 of 2,656 precincts");
  expect(countedWords(reporting, 71.6)).toBe("72% of expected vote counted · 1,850 of 2,656 precincts");
  expect(countedShare(reporting, 72)).toBe(72);
});

test("without one, the precincts reporting, in the words pages have always used", () => {
  expect(countedWords(reporting, null)).toBe("70% of precincts reporting (1,850 of 2,656)");
  expect(countedWords({ precinctsReporting: 31, precinctsTotal: 31, pct: 100 }, null)).toBe("100% of precincts reporting (31 of 31)");
  expect(countedShare(reporting, null)).toBeCloseTo(69.65, 2);
});

test("a share is never rounded to 100% before everything is in, nor to 0% once anything is", () => {
  expect(countedPctText(99.6)).toBe("99%");
  expect(countedPctText(100)).toBe("100%");
  expect(countedPctText(0.3)).toBe("<1%");
  expect(countedPctText(0)).toBe("0%");
  expect(countedWords({ precinctsReporting: 0, precinctsTotal: 12, pct: 0 }, 0.4)).toBe("<1% of expected vote counted · 0 of 12 precincts");
});
