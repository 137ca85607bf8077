// WCAG 2.1's contrast ratio between two colours, and a colour's hue, for checking a colour scheme
// against the thresholds readers need: 4.5:1 for text, 3:1 for large text and for graphics (bars,
// chart lines, swatches) against what they sit on. Colours are six-digit hex, as the style sheets write them.

/** The WCAG thresholds. */
export const CONTRAST = { text: 4.5, largeText: 3, graphics: 3 } as const;

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a six-digit hex colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((pair) => parseInt(pair, 16) / 255) as [number, number, number];
}

/** Relative luminance, WCAG 2.1's definition (sRGB, linearised). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (the same luminance) to 21 (black on white); the order of the two colours does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The hue angle in degrees, 0 to 360: what a colour is called (blue, red, green), whatever its lightness. */
export function hue(hex: string): number {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) return 0;
  const sector = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return sector * 60;
}

/** How far apart two hues are around the colour wheel, 0 to 180 degrees. */
export function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
