import { allCandidateColors } from "../lib/domain/candidate-palette";
import { seriousViolations } from "./axe";
import { colorsOf, contrastRatio, relativeLuminance } from "./color-scheme";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const RACE = `/races/${DISTRICT_5}`;
const EMBED = `/embed/races/${DISTRICT_5}`;
const readerPages = [
  "/",
  "/elections/atlanta-2017-general",
  "/elections/demo-county-2026-general",
  RACE,
  "/races/demo-county-school-board-at-large",
  "/races/demo-county-commission-district-1",
  "/candidates/natalyn-archibong",
  "/races/no-such-race",
  EMBED,
  "/search?q=archibong",
  // The desk's sign-in page: the one desk page a reader project can open without an account.
  "/sign-in",
];

// Axe's color-contrast rule is among those run: in dark mode it checks the dark scheme's pairs as
// the browser painted them (app/theme-contrast.test.ts checks them as the style sheets write them).
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of readerPages) {
      test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const path of ["/", RACE, "/candidates/natalyn-archibong", "/races/no-such-race", "/sign-in"]) {
    test(`${path} is a dark page with light type`, async ({ page }) => {
      await page.goto(path);
      const paper = await colorsOf(page.locator("body"));
      const ink = await colorsOf(page.locator("body"), "color");
      expect(paper && relativeLuminance(paper)).toBeLessThan(0.05);
      expect(ink && relativeLuminance(ink)).toBeGreaterThan(0.6);
      // Form controls and scrollbars follow: the browser is told the page supports dark.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("light dark");
    });
  }

  test("the embed paints its own dark background, whatever the host page behind the iframe", async ({ page }) => {
    await page.goto(EMBED);
    const widget = await colorsOf(page.locator("main.embed"));
    expect(widget, "the embed's background is not transparent").not.toBeNull();
    expect(relativeLuminance(widget!)).toBeLessThan(0.05);
  });

  test("candidates' bars and chart bars take the dark palette, each 3:1 against the page", async ({ page }) => {
    await page.goto(RACE);
    const paper = (await colorsOf(page.locator("body")))!;
    const darkColors = allCandidateColors().map((c) => c.dark);
    const results = page.getByRole("table", { name: /^Results/ }).first();
    const bars = results.locator(".bar-fill");
    await expect(bars).toHaveCount(2);
    const chartBars = page.locator('[data-chart="vote-share"] rect.chart-bar');
    await expect(chartBars).toHaveCount(2);
    const chartFills = await Promise.all((await chartBars.all()).map((bar) => colorsOf(bar, "fill")));
    const barFills = await Promise.all((await bars.all()).map((bar) => colorsOf(bar)));
    for (const color of [...barFills, ...chartFills]) {
      expect(darkColors).toContain(color);
      expect(contrastRatio(color!, paper)).toBeGreaterThanOrEqual(3);
    }
    // The same two candidates, the same two colours, in the table and in the chart.
    expect(new Set(chartFills)).toEqual(new Set(barFills));
    expect(new Set(barFills).size).toBe(2);
  });
});
