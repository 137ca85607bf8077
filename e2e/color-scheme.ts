// What the specs need to tell a dark page from a light one: a computed colour as hex, and its
// luminance and contrast by WCAG's definition (lib/domain/color-contrast.ts).
import type { Locator } from "@playwright/test";
import { contrastRatio, relativeLuminance } from "../lib/domain/color-contrast";

export { contrastRatio, relativeLuminance };

/** A computed `rgb(r, g, b)` as #rrggbb; anything with transparency as null (it shows what is behind). */
export function rgbToHex(computed: string): string | null {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(computed);
  if (!m || (m[4] !== undefined && Number(m[4]) < 1)) return null;
  return `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, "0")).join("")}`;
}

/** The element's own background and text colour, as the browser computed them. */
export async function colorsOf(locator: Locator, property: "backgroundColor" | "color" | "fill" = "backgroundColor"): Promise<string | null> {
  return rgbToHex(await locator.evaluate((el, p) => getComputedStyle(el)[p], property));
}
