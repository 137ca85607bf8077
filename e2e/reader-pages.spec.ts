import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

test("the home page lists the elections and links to the District 5 race", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Election results" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Demo data");
  await page.getByRole("link", { name: "Atlanta City Council, District 5" }).click();
  await expect(page).toHaveURL(new RegExp(`/races/${DISTRICT_5}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atlanta City Council, District 5");
});

test("the District 5 page shows both candidates, the 252-vote margin, its status and both charts", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  const results = page.getByRole("table", { name: /^Results/ });
  await expect(results.getByRole("row", { name: /Natalyn Archibong/ })).toContainText("5,010");
  await expect(results.getByRole("row", { name: /Natalyn Archibong/ })).toContainText("51.3%");
  await expect(results.getByRole("row", { name: /Liliana Bakhtiari/ })).toContainText("4,758");
  await expect(page.getByText("Archibong leads by 252 votes, 2.6 points")).toBeVisible();
  await expect(page.getByText("Not yet called")).toBeVisible();
  await expect(page.getByText("100% of precincts reporting (31 of 31)")).toBeVisible();
  await expect(page.getByRole("row", { name: /Fulton County/ })).toContainText("22/22");

  const share = page.getByRole("img", { name: /Bar chart of vote share/ });
  const margin = page.getByRole("img", { name: /Line chart of the lead/ });
  await expect(share.locator("svg.chart-surface")).toBeVisible();
  await expect(margin.locator("svg.chart-surface")).toBeVisible();
  await expect(margin).toContainText("252");
  await expect(page.getByText("The lead changed hands once")).toBeVisible();
  await expect(page.getByText(/Last updated Nov 8, 2017/)).toBeVisible();
});

test("a candidate's profile lists the races they ran in", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  await page.getByRole("link", { name: "Liliana Bakhtiari" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Liliana Bakhtiari");
  await expect(page.getByText(/Community organizer/)).toBeVisible();
  const row = page.getByRole("row", { name: /Atlanta City Council, District 5/ });
  await expect(row).toContainText("4,758");
  await expect(row).toContainText("Trailing");
  await expect(page.locator(".avatar.large")).toHaveText("LB");
});

test("an election page lists every race with its status, leader, margin and reporting", async ({ page }) => {
  await page.goto("/elections/demo-county-2026-general");
  await expect(page.getByRole("row", { name: /Demo County Mayor/ })).toContainText("Rosa Delgado wins");
  await expect(page.getByRole("row", { name: /Demo County Clerk/ })).toContainText("Too close to call");
  await expect(page.getByRole("row", { name: /Demo County Treasurer/ })).toContainText("Runoff: Helen Park and Samuel Adeyemi advance");
  await expect(page.getByRole("row", { name: /Demo County Sheriff/ })).toContainText("42%");
  await expect(page.getByRole("row", { name: /Commission, District 1/ })).toContainText("No votes yet");
});

for (const path of ["/races/no-such-race", "/candidates/nobody", "/elections/no-such-election", "/no/such/page"]) {
  test(`an unknown address (${path}) gets a 404 that links to the elections`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Atlanta municipal general election" })).toBeVisible();
  });
}

test("at phone width the race page has no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByText("Archibong leads by 252 votes, 2.6 points")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
