import { expect, test } from "vitest";
import { allCandidateColors, BALLOT_PALETTE, BAR_TRACK, candidatePaletteEntry, PAPER, type ColorScheme } from "./candidate-palette";
import { CONTRAST, contrastRatio, hue, hueDistance } from "./color-contrast";

const schemes: ColorScheme[] = ["light", "dark"];
const colors = allCandidateColors();

test.each(schemes)("in %s mode every candidate colour reads 3:1 against the page and the empty bar it fills", (scheme) => {
  for (const color of colors) {
    expect(contrastRatio(color[scheme], PAPER[scheme]), `${color.name} on the page`).toBeGreaterThanOrEqual(CONTRAST.graphics);
    expect(contrastRatio(color[scheme], BAR_TRACK[scheme]), `${color.name} on the bar's track`).toBeGreaterThanOrEqual(CONTRAST.graphics);
  }
});

test("the dark page really is dark and the light one light", () => {
  expect(contrastRatio(PAPER.dark, "#000000")).toBeLessThan(1.5);
  expect(PAPER.light).toBe("#ffffff");
});

test("each dark colour is its light colour's hue, so a candidate is the same colour in both schemes", () => {
  for (const color of colors) {
    const own = hueDistance(hue(color.light), hue(color.dark));
    expect(own, color.name).toBeLessThanOrEqual(5);
    // And nearer its own light colour than any other candidate's: the order of hues is kept.
    for (const other of colors.filter((c) => c !== color)) {
      expect(own, `${color.name} against ${other.name}`).toBeLessThan(hueDistance(hue(other.light), hue(color.dark)));
    }
  }
});

test("in dark mode no two candidates are closer in colour than the closest two in light mode", () => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const closest = (scheme: ColorScheme) =>
    Math.min(...colors.flatMap((a, i) => colors.slice(i + 1).map((b) => Math.hypot(...rgb(a[scheme]).map((v, k) => v - rgb(b[scheme])[k]!)))));
  expect(closest("dark")).toBeGreaterThanOrEqual(closest("light"));
});

test("every colour has its own custom property", () => {
  expect(new Set(colors.map((c) => c.name)).size).toBe(colors.length);
});

test("a party's colour comes first; otherwise the ballot position picks, wrapping round", () => {
  expect(candidatePaletteEntry("Democratic", 3).name).toBe("candidate-democratic");
  expect(candidatePaletteEntry("Republican", 0).name).toBe("candidate-republican");
  expect(candidatePaletteEntry(null, 0)).toBe(BALLOT_PALETTE[0]);
  expect(candidatePaletteEntry("Green", 1)).toBe(BALLOT_PALETTE[1]);
  expect(candidatePaletteEntry(null, BALLOT_PALETTE.length + 2)).toBe(BALLOT_PALETTE[2]);
  expect(candidatePaletteEntry(null, -1)).toBe(BALLOT_PALETTE[BALLOT_PALETTE.length - 1]);
});

test("a party named like an Object.prototype property gets a ballot colour, not undefined", () => {
  expect(candidatePaletteEntry("constructor", 0)).toBe(BALLOT_PALETTE[0]);
  expect(candidatePaletteEntry("__proto__", 1)).toBe(BALLOT_PALETTE[1]);
});
