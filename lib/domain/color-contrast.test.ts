import { expect, test } from "vitest";
import { contrastRatio, hue, hueDistance, relativeLuminance } from "./color-contrast";

test("black on white is 21:1 and a colour on itself is 1:1, in either order", () => {
  expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
  expect(contrastRatio("#5f6368", "#5f6368")).toBe(1);
});

test("matches WCAG's published figures: #767676 on white is the 4.5:1 grey", () => {
  expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
});

test("luminance runs from 0 for black to 1 for white, green weighing most", () => {
  expect(relativeLuminance("#000000")).toBe(0);
  expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
  expect(relativeLuminance("#00ff00")).toBeGreaterThan(relativeLuminance("#ff0000"));
  expect(relativeLuminance("#ff0000")).toBeGreaterThan(relativeLuminance("#0000ff"));
});

test("upper- and lower-case hex are the same colour", () => {
  expect(contrastRatio("#1F5FA8", "#FFFFFF")).toBe(contrastRatio("#1f5fa8", "#ffffff"));
});

test("anything but six-digit hex is refused rather than read as black", () => {
  for (const bad of ["#fff", "white", "1f5fa8", "#1f5fa8ff", "#gggggg"]) expect(() => relativeLuminance(bad)).toThrow(bad);
});

test("hue: red 0, green 120, blue 240, greys 0", () => {
  expect(hue("#ff0000")).toBe(0);
  expect(hue("#00ff00")).toBe(120);
  expect(hue("#0000ff")).toBe(240);
  expect(hue("#ff00ff")).toBe(300);
  expect(hue("#808080")).toBe(0);
});

test("hue distance goes the short way round the wheel", () => {
  expect(hueDistance(350, 10)).toBe(20);
  expect(hueDistance(10, 350)).toBe(20);
  expect(hueDistance(0, 180)).toBe(180);
  expect(hueDistance(90, 90)).toBe(0);
});
