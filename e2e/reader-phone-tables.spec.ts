// Issue 15, "No number is ever cut off": every reader page with a table, at phone and tablet widths
// from 320 px up, shows every number and status word whole (tables reflow into stacked rows on
// phones), with the vote-share bars still drawn. Also: a missing race, candidate, election or story
// has one masthead and one footer (an embed's has neither), and the demo banner is a landmark a
// reader can dismiss for good.
import type { Locator, Page } from "@playwright/test";
import { clippedText } from "./clipped-text";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const DEMO_COUNTY_RACES = ["mayor", "sheriff", "clerk", "treasurer", "school-board-at-large"].map((office) => `demo-county-${office}`);
const PAGES_WITH_TABLES = [
  "/",
  "/elections/atlanta-2017-general",
  "/elections/demo-county-2026-general",
  ...[DISTRICT_5, ...DEMO_COUNTY_RACES].map((slug) => `/races/${slug}`),
  "/candidates/natalyn-archibong",
  "/candidates/liliana-bakhtiari",
  "/candidates/helen-park",
  ...[DISTRICT_5, "demo-county-school-board-at-large"].map((slug) => `/embed/races/${slug}`),
  "/stories/no-such-story",
];

/** Drawn whole between the window's left and right edges (wherever the page is scrolled to). */
async function expectWithinWidth(locator: Locator, width: number) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

for (const width of [320, 375, 768]) {
  test(`at ${width} px no table cell, badge or status word is cut off on any reader page`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const path of PAGES_WITH_TABLES) {
      await page.goto(path);
      await expect(page.locator("main").first()).toBeVisible();
      problems.push(...(await clippedText(page)).map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
}

test("on a 320 px phone the race page shows every number of Bakhtiari's Fulton County count, and the vote-share bars", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/races/${DISTRICT_5}`);
  const results = page.getByRole("table", { name: /^Results/ });
  for (const name of [/Natalyn Archibong/, /Liliana Bakhtiari/]) {
    const bar = results.getByRole("row", { name }).locator(".bar-fill");
    await expect(bar).toBeVisible();
    expect((await bar.boundingBox())?.width).toBeGreaterThan(20);
  }
  const units = page.getByRole("table", { name: /reporting unit/ });
  const fulton = units.getByRole("row", { name: /Fulton County/ });
  await expect(fulton.getByRole("cell")).toHaveCount(3);
  for (const cell of await fulton.getByRole("cell").all()) await expectWithinWidth(cell, 320);
  await expect(fulton.getByRole("cell").last()).toContainText(/\d,\d{3}/);
});

test("on a 375 px phone the candidate page shows the whole result words and badge", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/candidates/natalyn-archibong");
  const result = page.getByRole("row", { name: /Atlanta City Council, District 5/ }).getByRole("cell").last();
  await expect(result).toContainText("Leading");
  await expectWithinWidth(result, 375);
  await expectWithinWidth(result.getByText("Not yet called"), 375);
});

const notFound = (page: Page) => page.getByRole("heading", { level: 1, name: /couldn’t find that page/ });

for (const path of ["/races/no-such-race", "/stories/no-such-story", "/candidates/no-such-candidate", "/elections/no-such-election", "/no-such-page"]) {
  test(`the missing page ${path} has one masthead and one footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(notFound(page)).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Election Results", exact: true })).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
  });
}

test("a missing embed is an embed: no masthead, no footer", async ({ page }) => {
  const response = await page.goto("/embed/races/no-such-race");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Race not found" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Election Results", exact: true })).toHaveCount(0);
});

test("the demo banner is a landmark, and once dismissed it stays away on every page", async ({ page, browser }) => {
  await page.goto("/");
  const banner = page.getByRole("complementary", { name: "Demo data" });
  await expect(banner).toContainText("Demo County is fictional");
  await banner.getByRole("button", { name: /Dismiss/ }).click();
  await expect(banner).toHaveCount(0);
  // The masthead is still there, and the keyboard carries on from it.
  await expect(page.getByRole("banner").getByRole("link", { name: "Election Results" })).toBeFocused();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Election results" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Demo data" })).toHaveCount(0);
  // A cached page: the banner is in its HTML for everyone, and the reader's browser leaves it out.
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atlanta City Council, District 5");
  await expect(page.getByRole("complementary", { name: "Demo data" })).toHaveCount(0);

  // A reader who never dismissed it still sees it.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("complementary", { name: "Demo data" })).toBeVisible();
  await other.close();
});
