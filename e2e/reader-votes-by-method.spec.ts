// Votes by method and the expected vote on reader pages, with the demo data as seeded (District 5's
// illustrative breakdown; Demo County Sheriff's expected vote): the numbers in the table, the table
// whole on a 375 px phone with no number cut off, and the JSON that carries them.
import type { Page } from "@playwright/test";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const methodTable = (page: Page) => page.getByRole("table", { name: /How each candidate's votes were cast/ });

async function expectDistrictFiveMethods(page: Page) {
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByRole("heading", { level: 2, name: "Votes by method" })).toBeVisible();
  const table = methodTable(page);
  for (const header of ["Election day", "Early", "Mail", "Provisional"]) await expect(table.getByRole("columnheader", { name: header })).toBeAttached();
  const rows = [
    [/Natalyn Archibong/, ["3,652", "976", "357", "25"]],
    [/Liliana Bakhtiari/, ["3,599", "818", "318", "23"]],
    [/All candidates/, ["7,251", "1,794", "675", "48"]],
  ] as const;
  for (const [name, counts] of rows) {
    const cells = table.getByRole("row", { name }).getByRole("cell");
    await expect(cells).toHaveCount(4);
    for (const [i, count] of counts.entries()) {
      await expect(cells.nth(i)).toBeVisible();
      await expect(cells.nth(i)).toContainText(count);
    }
  }
  // Archibong's share of the early vote: 976 of 1,794.
  await expect(table.getByRole("row", { name: /Natalyn Archibong/ }).getByRole("cell").nth(1)).toContainText("54.4%");
  await expect(page.getByText(/Method names in the results feed: Election Day Votes, Advanced Voting Votes, Absentee by Mail Votes and Provisional Votes\./)).toBeVisible();
  return table;
}

test("the District 5 page shows each candidate's votes by method, with their shares", async ({ page }) => {
  await expectDistrictFiveMethods(page);
  // Precincts only: no feed estimates the expected vote for this race.
  await expect(page.getByText("100% of precincts reporting (31 of 31)")).toBeVisible();
});

test("on a 375 px phone the votes-by-method table is whole: no number cut off, nothing off the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const table = await expectDistrictFiveMethods(page);
  const clipped = await table.evaluate((element, viewport) => {
    const problems: string[] = [];
    for (const cell of element.querySelectorAll<HTMLElement>("th, td")) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0 || cell.closest("thead")) continue; // the phone layout names the methods in each row
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`${cell.textContent} overflows its cell`);
      if (box.left < 0 || box.right > viewport) problems.push(`${cell.textContent} is off the screen`);
      for (const part of cell.querySelectorAll<HTMLElement>("span")) {
        const partBox = part.getBoundingClientRect();
        if (partBox.right > box.right + 1 || partBox.left < box.left - 1) problems.push(`${part.textContent} sticks out of ${cell.textContent}`);
      }
    }
    return problems;
  }, 375);
  expect(clipped).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a race with a feed's expected vote says how much of it is counted beside the precincts, and has no votes-by-method section without a breakdown", async ({ page }) => {
  await page.goto("/races/demo-county-sheriff");
  await expect(page.getByText("58% of expected vote counted · 15 of 36 precincts")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Votes by method" })).toHaveCount(0);
});

test("the race JSON carries votes by method, FIPS codes and the expected vote", async ({ request }) => {
  const race = await (await request.get(`/api/v1/races/${DISTRICT_5}`)).json();
  expect(race.expectedVotePct).toBeNull();
  expect(race.units.map((u: { fips: string }) => u.fips)).toEqual(["13121", "13089"]);
  expect(race.candidates[0].votesByMethod).toEqual([
    { method: "Election Day Votes", kind: "election_day", votes: 3652 },
    { method: "Advanced Voting Votes", kind: "early", votes: 976 },
    { method: "Absentee by Mail Votes", kind: "mail", votes: 357 },
    { method: "Provisional Votes", kind: "provisional", votes: 25 },
  ]);
  expect(race.units[1].votesByMethod["liliana-bakhtiari"]).toHaveLength(4);
  const sheriff = await (await request.get("/api/v1/races/demo-county-sheriff")).json();
  expect(sheriff.expectedVotePct).toBe(58);
  expect(sheriff.candidates.map((c: { votesByMethod: unknown[] }) => c.votesByMethod)).toEqual([[], []]);
});
