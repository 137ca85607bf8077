// The top of the race page answers a reader's questions before the table: who leads and by how much,
// how much is counted, how long ago it changed and what changed last, and why a race with votes is
// not called. Reads the demo data only (District 5 and Demo County as seeded).
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const why = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Why isn’t this called?" });

test("District 5: the margin, the count, its last batch, and why a fully counted race is not called", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.locator(".race-summary")).toContainText("Archibong leads by 252 votes, 2.6 points");
  await expect(page.locator(".race-summary")).toContainText("100% of precincts reporting (31 of 31)");
  await expect(page.getByText("Latest votes: +388 Archibong, +292 Bakhtiari in DeKalb County, 12:18 AM")).toBeVisible();
  await expect(why(page)).toContainText("Every precinct is in: the desk is reviewing the count.");
});

test("'Updated … ago' ticks on the reader's clock while the page stays open", async ({ page }) => {
  // Two minutes after District 5's last batch (12:18 AM EST, 05:18 UTC).
  await page.clock.install({ time: new Date("2017-11-08T05:20:30Z") });
  await page.goto(`/races/${DISTRICT_5}`);
  const updated = page.locator(".summary-freshness time");
  await expect(updated).toHaveText("Updated 2 min ago");
  await page.clock.runFor("03:00");
  await expect(updated).toHaveText("Updated 5 min ago");
  await page.clock.fastForward("01:00:00");
  await expect(updated).toHaveText("Updated 1 hr 5 min ago");
});

test("a race still counting: the margin against the votes still expected, with the precincts out", async ({ page }) => {
  await page.goto("/races/demo-county-sheriff");
  await expect(page.locator(".race-summary")).toContainText("Kowalski leads by 400 votes");
  await expect(page.getByText("Latest votes: +960 Bell, +920 Kowalski in Commission District 3, 8:40 PM")).toBeVisible();
  await expect(why(page)).toContainText("Kowalski leads Bell by 400 votes, fewer than the about 25,212 votes still expected: 21 of 36 precincts have yet to report.");
});

test("a race too close to call: the recount band, with the margin", async ({ page }) => {
  await page.goto("/races/demo-county-clerk");
  await expect(why(page)).toContainText("The 31-vote margin (0.07%) is inside the 0.5% recount band: Osei may ask for a recount.");
});

test("called races and runoffs say nothing of why; a race with no votes says so plainly and no more", async ({ page }) => {
  for (const slug of ["demo-county-mayor", "demo-county-treasurer", "demo-county-school-board-at-large"]) {
    await page.goto(`/races/${slug}`);
    await expect(page.locator(".race-summary .badge")).toBeVisible();
    await expect(why(page), slug).toHaveCount(0);
  }
  await page.goto("/races/demo-county-commission-district-1");
  await expect(page.locator(".race-summary")).toContainText("No votes reported yet");
  await expect(why(page)).toHaveCount(0);
  await expect(page.getByText(/^Latest votes/)).toHaveCount(0);
});

test("the embed carries the compact summary: why it is not called, how fresh, and the latest votes", async ({ page }) => {
  await page.goto("/embed/races/demo-county-sheriff");
  await expect(page.locator(".embed-why")).toHaveText("Kowalski leads Bell by 400 votes, fewer than the about 25,212 votes still expected: 21 of 36 precincts have yet to report.");
  await expect(page.getByText("Latest votes: +960 Bell, +920 Kowalski in Commission District 3, 8:40 PM")).toBeVisible();
  await page.goto("/embed/races/demo-county-mayor");
  await expect(page.locator(".embed-why")).toHaveCount(0);
});
