// The desk in dark mode: editors work at night, often in a dark room. Axe (its color-contrast rule
// included) on the pages an editor keeps open, and the desk's panels and fields really dark. Reads
// only: it runs beside the desk specs that write.
import { seriousViolations } from "./axe";
import { colorsOf, relativeLuminance } from "./color-scheme";
import { DISTRICT_5, STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("editor"), colorScheme: "dark" });

for (const path of ["/newsroom", `/newsroom/races/${DISTRICT_5}`, "/newsroom/stories"]) {
  test(`axe finds no serious or critical violation on ${path} in dark mode`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the desk's page, panels and entry fields are dark, their type light", async ({ page }) => {
  await page.goto(`/newsroom/races/${DISTRICT_5}`);
  const field = page.getByRole("form", { name: /^Fulton County/ }).getByLabel("Natalyn Archibong");
  for (const [what, locator] of [
    ["page", page.locator(".desk")],
    ["unit form", page.getByRole("form", { name: /^Fulton County/ })],
    ["field", field],
  ] as const) {
    const background = await colorsOf(locator);
    expect(background && relativeLuminance(background), what).toBeLessThan(0.05);
  }
  const typed = await colorsOf(field, "color");
  expect(typed && relativeLuminance(typed)).toBeGreaterThan(0.6);
});
