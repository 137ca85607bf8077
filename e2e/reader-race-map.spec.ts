// The race map on reader pages, with the demo data as seeded: District 5's two counties drawn from
// the Census shapes by FIPS code, each a link named by who leads there; a focused county shows its
// details; Demo County's made-up districts are said to be illustrative. (A race without shapes, no
// map: desk-map-layer.spec.ts, on an election of its own.)
import { DISTRICT_5 } from "./e2e-env";
import { seriousViolations } from "./axe";
import { expect, test } from "./openapi-check";

test("District 5's map shows Fulton and DeKalb, each labelled with its leader and lead", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  const map = page.getByRole("region", { name: "Who leads where" });
  await expect(map).toBeVisible();
  const units = map.getByRole("link");
  await expect(units).toHaveCount(2);
  // The seeded split: Fulton 3,412 to 3,561, DeKalb 1,598 to 1,197.
  const fulton = map.getByRole("link", { name: "Fulton County: Bakhtiari leads by 149 votes (51.1%)" });
  const dekalb = map.getByRole("link", { name: "DeKalb County: Archibong leads by 401 votes (57.2%)" });
  await expect(fulton).toBeVisible();
  await expect(dekalb).toBeVisible();
  // The legend names both leaders; the caption points at the table with the same numbers.
  await expect(map.getByRole("rowheader", { name: "Natalyn Archibong leads" })).toBeVisible();
  await expect(map.getByRole("rowheader", { name: "Liliana Bakhtiari leads" })).toBeVisible();
  await expect(map.getByText(/Every unit's count is in the table under “Results by reporting units”/)).toBeVisible();
  await expect(map.getByText(/Illustrative boundaries/)).toHaveCount(0);

  // The details show on focus, and the link leads to the county's row in the table.
  const details = map.locator(".race-map-detail", { hasText: "Archibong leads by 401 votes" });
  await expect(details).toBeHidden();
  await dekalb.focus();
  await expect(details).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#unit-row-dekalb$/);
  await expect(page.getByRole("row", { name: /DeKalb County/ })).toBeInViewport();

  expect(await seriousViolations(page)).toEqual([]);
});

test("Demo County's districts are drawn from its layer and said to be illustrative", async ({ page }) => {
  await page.goto("/races/demo-county-mayor");
  const map = page.getByRole("region", { name: "Who leads where" });
  await expect(map.getByRole("link")).toHaveCount(3);
  await expect(map.getByRole("link", { name: /^Commission District 3: Whitaker leads by/ })).toBeVisible();
  await expect(map.getByText(/Illustrative boundaries/)).toBeVisible();
});

test("on a 375 px phone the map fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/races/${DISTRICT_5}`);
  const svg = page.getByRole("region", { name: "Who leads where" }).locator("svg");
  const box = (await svg.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  expect(box.height).toBeGreaterThan(150);
});
