// The desk is live: a race desk sees another desk's save on a unit as it happens (who, when, and
// the numbers), takes it when nothing was typed, and keeps what was typed otherwise, showing both
// before a save could meet the conflict; the dashboard follows too. Writes only to Demo County
// Clerk, which no other spec changes.
import type { Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const RACE = "demo-county-clerk";
const unitForm = (page: Page, unit: string) => page.getByRole("form", { name: new RegExp(`^${unit}`) });

/** Another desk (automation with staff's key) saves District 3's count. */
async function anotherDeskSaves(page: Page, votes: Record<string, number>) {
  const race = await (await page.request.get(`/api/v1/races/${RACE}`)).json();
  const unit = race.units.find((u: { slug: string }) => u.slug === "district-3");
  const answer = await page.request.put(`/api/v1/races/${RACE}/units/district-3`, { headers: bearer("staff"), data: { version: unit.version, votes } });
  expect(answer.status()).toBe(200);
}

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("another desk's save shows on the open race desk at once; numbers typed here are kept, beside theirs", async ({ page }) => {
    await page.goto(`/newsroom/races/${RACE}`);
    await expect(page.getByText("Live: this page updates as the desk saves.")).toBeVisible();
    const district3 = unitForm(page, "Commission District 3");
    await expect(district3.getByLabel("Priya Raman")).toHaveValue("4511");

    // Nothing typed: the form takes their numbers, and says who saved them.
    await anotherDeskSaves(page, { "priya-raman": 4600 });
    await expect(district3.getByLabel("Priya Raman")).toHaveValue("4600");
    await expect(district3.getByText(/^Last saved by Sam Staff \(demo\).* at .+ \(version \d+\)$/)).toBeVisible();

    // Numbers typed: they stay, and their save is shown before ours could meet it.
    await district3.getByLabel("Glen Osei").fill("4,700");
    await anotherDeskSaves(page, { "priya-raman": 4650 });
    const notice = district3.getByRole("status").filter({ hasText: "while you were typing" });
    await expect(notice).toContainText(/Sam Staff \(demo\) saved Commission District 3 at .+ while you were typing/);
    await expect(notice).toContainText("Priya Raman 4650");
    await expect(district3.getByLabel("Glen Osei")).toHaveValue("4,700");
    await expect(district3.getByLabel("Priya Raman")).toHaveValue("4600");

    await notice.getByRole("button", { name: "Use their numbers" }).click();
    await expect(district3.getByLabel("Priya Raman")).toHaveValue("4650");
    await expect(district3.getByLabel("Glen Osei")).toHaveValue("4455");
    await expect(notice).toHaveCount(0);

    // This desk's own save moves the page's header too: the lead changes hands.
    await expect(page.locator(".status-line")).toContainText("Raman leads by 170 votes");
    await district3.getByLabel("Glen Osei").fill("4,900");
    await district3.getByRole("button", { name: "Save Commission District 3" }).click();
    await expect(district3.getByText(/^Saved \(version \d+\)$/)).toBeVisible();
    await expect(page.locator(".status-line")).toContainText("Osei leads by 275 votes");
  });

  test("the dashboard updates itself when a race changes", async ({ page }) => {
    await page.goto("/newsroom");
    await expect(page.getByText("Live: this page updates as the desk saves.")).toBeVisible();
    const clerk = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Demo County Clerk", exact: false }) }).first();
    await expect(clerk).toContainText("Osei leads by 275 votes");
    await anotherDeskSaves(page, { "glen-osei": 5000 });
    await expect(clerk).toContainText("Osei leads by 375 votes");
  });
});

test.describe("navigation", () => {
  test.describe("as editor", () => {
    test.use({ storageState: STORAGE_STATE("editor") });

    test("an editor reaches a race's and its election's set-up from the race desk and the dashboard", async ({ page }) => {
      await page.goto(`/newsroom/races/${RACE}`);
      await page.locator(".status-line").getByRole("link", { name: "Set-up" }).click();
      await expect(page).toHaveURL(`/newsroom/races/${RACE}/setup`);
      await page.goto(`/newsroom/races/${RACE}`);
      await page.locator(".kicker").getByRole("link", { name: /^Demo County/ }).click();
      await expect(page).toHaveURL("/newsroom/elections/demo-county-2026-general");

      await page.goto("/newsroom");
      await page.getByRole("region", { name: "All races" }).getByRole("link", { name: "Set up Demo County Clerk, Countywide" }).click();
      await expect(page).toHaveURL(`/newsroom/races/${RACE}/setup`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  });

  test.describe("as staff", () => {
    test.use({ storageState: STORAGE_STATE("staff") });

    test("staff, who cannot set up, are offered no set-up links", async ({ page }) => {
      await page.goto(`/newsroom/races/${RACE}`);
      await expect(page.getByRole("link", { name: "Set-up" })).toHaveCount(0);
      await expect(page.locator(".kicker").getByRole("link")).toHaveCount(0);
      await page.goto("/newsroom");
      await expect(page.getByRole("region", { name: "All races" }).getByRole("link", { name: /^Set up/ })).toHaveCount(0);
    });
  });
});

test("the desk's change stream is for signed-in staff only", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const answer = await anonymous.get("/api/v1/desk/events");
  expect(answer.status()).toBe(401);
  await anonymous.dispose();
});
