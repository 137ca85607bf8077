// The desk dashboard's search (any race or reporting unit, linking to its race desk) and its filters
// (?election=…&reason=…), which work as plain links and stay when the live desk reads the page again.
import type { APIRequestContext, Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const attention = (page: Page) => page.getByRole("region", { name: "Needs attention" });

/** An election of its own with one race counting, so the other specs' writes cannot move it. */
async function countingRace(request: APIRequestContext, label: string) {
  const stamp = `${label} ${Date.now()}`;
  const election = await request.post("/api/v1/elections", { headers: bearer("editor"), data: { name: `Filter night ${stamp}`, date: "2026-11-03", jurisdiction: "Harbor County (fictional)" } });
  expect(election.status()).toBe(201);
  const electionSlug: string = (await election.json()).slug;
  const created = await request.post(`/api/v1/elections/${electionSlug}/races`, {
    headers: bearer("editor"),
    data: { office: `Harbor Board ${stamp}`, seat: "Seat 3", rule: { kind: "plurality" }, candidates: [{ name: "Mara Quill" }, { name: "Otto Vance" }], units: [{ name: "Pier Ward", precinctsTotal: 3 }] },
  });
  expect(created.status()).toBe(201);
  const race = await created.json();
  const count = async (precinctsReporting: number) => {
    const unit = (await (await request.get(`/api/v1/races/${race.slug}`)).json()).units[0];
    const put = await request.put(`/api/v1/races/${race.slug}/units/${unit.slug}`, {
      headers: bearer("staff"),
      data: { version: unit.version, precinctsReporting, votes: { "mara-quill": 100 * precinctsReporting, "otto-vance": 70 * precinctsReporting } },
    });
    expect(put.status()).toBe(200);
  };
  await count(1);
  return { electionSlug, electionName: `Filter night ${stamp}`, raceSlug: race.slug as string, name: `${race.office}, ${race.seat}`, count };
}

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  test("staff find a reporting unit by name and land on its form on the race desk", async ({ page }) => {
    await page.goto("/newsroom");
    const search = page.getByRole("search");
    await search.getByLabel("Race or reporting unit").fill("dekalb");
    await search.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/\/newsroom\?q=dekalb$/);
    const found = page.getByRole("list", { name: "Found for “dekalb”" });
    await found.getByRole("link", { name: /^DeKalb County\s*, Atlanta City Council, District 5$/ }).click();
    await expect(page).toHaveURL(/\/newsroom\/races\/atlanta-2017-council-district-5#dekalb-title$/);
    await expect(page.getByRole("heading", { name: /^DeKalb County/ })).toBeInViewport();
  });

  test("a race is found by its office, whatever the case; nothing found says so", async ({ page }) => {
    await page.goto("/newsroom?q=SHERIFF");
    await expect(page.getByRole("list", { name: "Found for “SHERIFF”" }).getByRole("link", { name: "Demo County Sheriff, Countywide", exact: true })).toHaveAttribute(
      "href",
      "/newsroom/races/demo-county-sheriff",
    );
    await page.goto("/newsroom?q=zzyzx");
    await expect(page.getByText("Nothing on the desk is called “zzyzx”.")).toBeVisible();
  });

  test("the filters keep one election's races and one reason, as a link, and the live desk keeps them", async ({ page, request }) => {
    test.setTimeout(60_000);
    const mine = await countingRace(request, "kept");
    const other = await countingRace(request, "other");

    await page.goto("/newsroom");
    const filters = page.getByRole("form", { name: "Filter the races" });
    await filters.getByLabel("Election").selectOption({ label: mine.electionName });
    await filters.getByLabel("Needs attention because").selectOption({ label: "Counting" });
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`/newsroom\\?election=${mine.electionSlug}&reason=counting$`));
    await expect(attention(page).getByRole("link", { name: mine.name })).toBeVisible();
    await expect(attention(page).getByRole("link", { name: other.name })).toHaveCount(0);
    await expect(page.getByRole("table").getByRole("link", { name: other.name })).toHaveCount(0);

    // The same filter for a reason the race does not have keeps nothing.
    await page.goto(`/newsroom?election=${mine.electionSlug}&reason=uncalled`);
    await expect(attention(page)).toContainText("Nothing the filter keeps needs attention.");
    await expect(page.getByRole("form", { name: "Filter the races" }).getByLabel("Needs attention because")).toHaveValue("uncalled");

    await page.goto(`/newsroom?election=${mine.electionSlug}&reason=counting`);
    await expect(page.getByText("Live: this page updates as the desk saves.")).toBeVisible();
    await expect(attention(page).getByRole("listitem").filter({ hasText: mine.name })).toContainText("33% reporting");
    await other.count(2);
    await mine.count(2);
    await expect(attention(page).getByRole("listitem").filter({ hasText: mine.name })).toContainText("67% reporting");
    await expect(page).toHaveURL(new RegExp(`/newsroom\\?election=${mine.electionSlug}&reason=counting$`));
    await expect(attention(page).getByRole("link", { name: other.name })).toHaveCount(0);
    await expect(filters.getByLabel("Election")).toHaveValue(mine.electionSlug);
  });
});

// Guards the desk search's data: an anonymous caller asking the dashboard for a search is sent to
// sign-in and is shown nothing the search found (the read itself refuses a missing actor:
// lib/server/queries/desk-read-access.test.ts).
test("anonymous callers cannot use the desk search", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/newsroom?q=dekalb", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toMatch(/\/sign-in/);
  expect(await response.text()).not.toContain("DeKalb County");
  const followed = await anonymous.get("/newsroom?q=dekalb");
  expect(followed.url()).toMatch(/\/sign-in/);
  expect(await followed.text()).not.toContain("#dekalb-title");
  await anonymous.dispose();
});
