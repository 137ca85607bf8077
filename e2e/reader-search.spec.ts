// The readers' search: the box in every page's masthead suggests races, candidates and elections as
// one types (a combobox worked with the keyboard), and the search page answers the same form without
// JavaScript.
import AxeBuilder from "@axe-core/playwright";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const box = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Search races, candidates and elections" });

test("typing part of a name suggests it, the arrow keys choose, and Enter opens the candidate's page", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  await box(page).fill("archib");
  const suggestions = page.getByRole("listbox", { name: "Suggestions" });
  await expect(suggestions.getByRole("option")).toHaveText([/Candidate\s*Natalyn Archibong/, /See all results for “archib”/]);
  await expect(box(page)).toHaveAttribute("aria-expanded", "true");

  await box(page).press("ArrowDown");
  await expect(suggestions.getByRole("option", { name: /Natalyn Archibong/ })).toHaveAttribute("aria-selected", "true");
  const active = await box(page).getAttribute("aria-activedescendant");
  expect(active).toBe(await suggestions.getByRole("option", { name: /Natalyn Archibong/ }).getAttribute("id"));
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/candidates\/natalyn-archibong$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Natalyn Archibong");
});

test("Escape closes the suggestions, and Enter without a choice goes to the search page", async ({ page }) => {
  await page.goto("/");
  await box(page).fill("Sheriff");
  const suggestions = page.getByRole("listbox", { name: "Suggestions" });
  await expect(suggestions.getByRole("option", { name: /Demo County Sheriff, Countywide/ })).toBeVisible();
  await box(page).press("Escape");
  await expect(suggestions).toBeHidden();
  await expect(box(page)).toHaveAttribute("aria-expanded", "false");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Sheriff$/);
  await expect(page.getByRole("region", { name: "Races" }).getByRole("link", { name: "Demo County Sheriff, Countywide" })).toBeVisible();
});

test("the search is by words, without regard to case or accents", async ({ page }) => {
  await page.goto("/search?q=DISTRICT%205");
  await expect(page.getByRole("status")).toHaveText("1 result for “DISTRICT 5”");
  await page.getByRole("region", { name: "Races" }).getByRole("link", { name: "Atlanta City Council, District 5" }).click();
  await expect(page).toHaveURL(new RegExp(`/races/${DISTRICT_5}$`));

  await page.goto(`/search?q=${encodeURIComponent("ÁRCHIBONG")}`);
  await expect(page.getByRole("region", { name: "Candidates" }).getByRole("link", { name: "Natalyn Archibong" })).toBeVisible();

  await page.goto("/search?q=zzyzx");
  await expect(page.getByRole("status")).toContainText("Nothing found for “zzyzx”");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the masthead's box is a form that lands on the search page, which lists races, candidates and elections", async ({ page }) => {
    await page.goto(`/races/${DISTRICT_5}`);
    await page.getByRole("searchbox", { name: "Search races, candidates and elections" }).or(box(page)).fill("demo");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=demo$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByRole("searchbox", { name: "Races, candidates and elections" })).toHaveValue("demo");
    await expect(page.getByRole("region", { name: "Races" }).getByRole("link", { name: "Demo County Sheriff, Countywide" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Elections" }).getByRole("link", { name: "Demo County general election" })).toHaveAttribute(
      "href",
      "/elections/demo-county-2026-general",
    );
  });
});

test("the search API answers JSON a CDN may cache, and finds what readers can open", async ({ request }) => {
  const response = await request.get("/api/v1/search?q=bakh");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("s-maxage");
  const body = await response.json();
  expect(body.candidates.map((c: { slug: string; url: string }) => [c.slug, c.url])).toEqual([["liliana-bakhtiari", "/candidates/liliana-bakhtiari"]]);
  const again = await request.get("/api/v1/search?q=bakh", { headers: { "If-None-Match": response.headers()["etag"]! } });
  expect(again.status()).toBe(304);
  expect(await (await request.get("/api/v1/search")).json()).toEqual({ races: [], candidates: [], elections: [] });
});

/** Axe's findings, but the demo banner's "region" (every reader page has it; accessibility.spec.ts). */
async function violations(page: import("@playwright/test").Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.filter((v) => v.id !== "region").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the search page and the open suggestions have no accessibility violations", async ({ page }) => {
  await page.goto("/search?q=demo");
  expect(await violations(page)).toEqual([]);
  await box(page).fill("demo county");
  await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
