import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

test("the race page works with the keyboard alone: skip link, candidate links, election link", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to results" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Tab forward until a candidate's profile link has focus, then follow it with Enter.
  const candidate = page.getByRole("link", { name: "Liliana Bakhtiari" }).first();
  for (let i = 0; i < 30 && !(await candidate.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(candidate).toBeFocused();
  const outline = await candidate.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Liliana Bakhtiari");
});

test("the race page draws the vote-share, margin and by-unit charts", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  for (const chart of ["vote-share", "margin", "units"]) {
    await expect(page.locator(`[data-chart="${chart}"] svg.chart-surface`).first()).toBeVisible();
  }
});
