// The colour schemes as the style sheets write them, checked pair by pair against WCAG 2.1: text on
// what it sits on at 4.5:1, rules, bars and field borders at 3:1, in light and in dark mode. And the
// candidates' custom properties must be the palette whose contrast lib/domain tests.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { allCandidateColors, BAR_TRACK, PAPER, type ColorScheme } from "@/lib/domain/candidate-palette";
import { CONTRAST, contrastRatio } from "@/lib/domain/color-contrast";

type Scheme = Record<string, string>;

/** The custom properties a style sheet gives `selector` in light mode, and in dark mode over them. */
function schemes(file: string, selector: string): Record<ColorScheme, Scheme> {
  const css = readFileSync(new URL(file, import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const declarations = (block: string) =>
    Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  const escaped = selector.replace(".", "\\.");
  const light: Scheme = {};
  const dark: Scheme = {};
  // Light: the selector's blocks at the top level (a line of their own); dark: inside the media query.
  for (const m of css.matchAll(new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`, "g"))) Object.assign(light, declarations(m[1]!));
  for (const m of css.matchAll(new RegExp(`@media \\(prefers-color-scheme: dark\\)\\s*\\{\\s*${escaped}\\s*\\{([^}]*)\\}`, "g"))) {
    Object.assign(dark, declarations(m[1]!));
  }
  return { light, dark: { ...light, ...dark } };
}

const reader = schemes("./globals.css", ":root");
const desk = (scheme: ColorScheme) => ({ ...reader[scheme], ...schemes("./(newsroom)/newsroom.css", ".desk")[scheme] });
const WHITE = "#ffffff";

/** [foreground, background, minimum]: a name is a custom property, a # a literal colour. */
const READER_PAIRS: [string, string, number][] = [
  ["--ink", "--paper", CONTRAST.text],
  ["--ink-soft", "--paper", CONTRAST.text],
  ["--muted", "--paper", CONTRAST.text],
  ["--muted", "--paper-tint", CONTRAST.text],
  ["--ink-soft", "--paper-tint", CONTRAST.text],
  ["--accent", "--paper", CONTRAST.text],
  ["--accent", "--paper-tint", CONTRAST.text],
  ["--called", "--paper", CONTRAST.text],
  ["--runoff", "--paper", CONTRAST.text],
  ["--close", "--paper", CONTRAST.text],
  ["--called", "--called-bg", CONTRAST.text],
  ["--runoff", "--runoff-bg", CONTRAST.text],
  ["--close", "--close-bg", CONTRAST.text],
  ["--open", "--open-bg", CONTRAST.text],
  ["--ink", "--close-bg", CONTRAST.text],
  ["--ink", "--demo-bg", CONTRAST.text],
  ["--ink", "--changed-bg", CONTRAST.text],
  ["--paper", "--ink", CONTRAST.text],
  [WHITE, "--test-bg", CONTRAST.text],
  ["--rule-strong", "--paper", CONTRAST.graphics],
  ["--ink-soft", "--open-bg", CONTRAST.graphics],
  ["--demo-button", "--demo-bg", CONTRAST.graphics],
];

const DESK_PAIRS: [string, string, number][] = [
  ["--ink", "--desk-bg", CONTRAST.text],
  ["--ink", "--desk-panel", CONTRAST.text],
  ["--muted", "--desk-bg", CONTRAST.text],
  ["--muted", "--desk-panel", CONTRAST.text],
  ["--accent", "--desk-panel", CONTRAST.text],
  ["--accent", "--desk-bg", CONTRAST.text],
  ["--called", "--desk-panel", CONTRAST.text],
  ["--close", "--desk-panel", CONTRAST.text],
  ["--error", "--desk-panel", CONTRAST.text],
  ["--error", "--desk-bg", CONTRAST.text],
  ["--ink", "--error-bg", CONTRAST.text],
  ["--ink", "--field-bg", CONTRAST.text],
  ["--ink", "--info-bg", CONTRAST.text],
  ["--accent", "--info-bg", CONTRAST.text],
  ["--ink", "--secret-bg", CONTRAST.text],
  ["--primary-ink", "--primary", CONTRAST.text],
  ["--desk-bar-ink", "--desk-bar", CONTRAST.text],
  ["--field-border", "--field-bg", CONTRAST.graphics],
  ["--primary", "--desk-panel", CONTRAST.graphics],
];

function check(vars: Scheme, pairs: [string, string, number][]) {
  const color = (ref: string) => (ref.startsWith("#") ? ref : vars[ref]);
  return pairs
    .map(([fg, bg, min]) => {
      const [a, b] = [color(fg), color(bg)];
      if (!a || !b) return `${fg} on ${bg}: not defined`;
      const ratio = contrastRatio(a, b);
      return ratio >= min ? null : `${fg} ${a} on ${bg} ${b}: ${ratio.toFixed(2)}:1, needs ${min}:1`;
    })
    .filter(Boolean);
}

test.each(["light", "dark"] as const)("reader pages in %s mode: every text and graphics pair meets WCAG AA", (scheme) => {
  expect(check(reader[scheme], READER_PAIRS)).toEqual([]);
});

test.each(["light", "dark"] as const)("the desk in %s mode: every text and graphics pair meets WCAG AA", (scheme) => {
  expect(check(desk(scheme), DESK_PAIRS)).toEqual([]);
});

test.each(["light", "dark"] as const)("in %s mode the style sheet's page, bar track and candidates are the palette lib/domain tests", (scheme) => {
  expect(reader[scheme]["--paper"]).toBe(PAPER[scheme]);
  expect(reader[scheme]["--open-bg"]).toBe(BAR_TRACK[scheme]);
  for (const color of allCandidateColors()) expect(reader[scheme][`--${color.name}`], color.name).toBe(color[scheme]);
});

test("dark mode redefines the page's colours rather than leaving light ones in place", () => {
  for (const name of ["--ink", "--paper", "--paper-tint", "--accent", "--rule", "--open-bg", "--changed-bg"]) {
    expect(reader.dark[name], name).not.toBe(reader.light[name]);
  }
  for (const name of ["--desk-bg", "--desk-panel", "--field-bg", "--primary"]) expect(desk("dark")[name], name).not.toBe(desk("light")[name]);
});
