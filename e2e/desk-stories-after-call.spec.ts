// After a call, the race desk lists the stories it let out (issue 15): the draft that expects the
// winner comes with Publish, the one that expects the other candidate stays blocked with the gate's
// reason, and publishing from the list puts the story in front of readers. Staff see no list. The
// race is an election of its own, so no other spec's counts or calls move it.
import type { APIRequestContext, Browser } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";
import { countedRivertonRace } from "./riverton-race";

const editor = { headers: bearer("editor") };

async function countedRace(request: APIRequestContext) {
  // Every precinct in and 20 points apart: the guard finds nothing against calling it.
  const race = await countedRivertonRace(request, { election: "Stories after a call", office: "Riverton Treasurer", votes: { "Ada Quist": 6000, "Bram Oyelaran": 4000 } });
  const story = async (headline: string, candidate: string) => {
    const drafted = await request.post("/api/v1/stories", { ...editor, data: { raceSlug: race.slug, headline, body: "By 2,000 votes.", expects: { kind: "winner", candidate: race.candidates[candidate] } } });
    expect(drafted.status()).toBe(201);
  };
  const stamp = Date.now();
  const wins = `Quist wins Riverton treasurer ${stamp}`;
  const loses = `Oyelaran wins Riverton treasurer ${stamp}`;
  await story(wins, "Ada Quist");
  await story(loses, "Bram Oyelaran");
  return { slug: race.slug, wins, loses };
}

async function staffDesk(browser: Browser, slug: string) {
  const context = await browser.newContext({ storageState: STORAGE_STATE("staff") });
  const page = await context.newPage();
  await page.goto(`/newsroom/races/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Riverton Treasurer");
  const listed = await page.getByRole("region", { name: "Stories on this call" }).count();
  await context.close();
  return listed;
}

test.use({ storageState: STORAGE_STATE("editor") });

test("after a call the desk lists the stories it let out; one publishes from there, the other stays blocked", async ({ page, browser, request }) => {
  const race = await countedRace(request);
  await page.goto(`/newsroom/races/${race.slug}`);
  // Before any call there is nothing to publish, so no list.
  await expect(page.getByRole("region", { name: "Stories on this call" })).toHaveCount(0);

  const panel = page.getByRole("form", { name: "Call this race" });
  await panel.getByRole("radio", { name: /Ada Quist/ }).check();
  await panel.getByRole("button", { name: "Check this call" }).click();
  await expect(panel.getByText("The guard finds nothing against this call.")).toBeVisible();
  await panel.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByText("Called", { exact: true })).toBeVisible();

  const stories = page.getByRole("region", { name: "Stories on this call" });
  const ready = stories.getByRole("listitem").filter({ hasText: race.wins });
  const blocked = stories.getByRole("listitem").filter({ hasText: race.loses });
  await expect(ready.getByRole("button", { name: /^Publish/ })).toBeEnabled();
  await expect(blocked).toContainText(/Still blocked: .* was called for Ada Quist; this story expects Bram Oyelaran/);
  await expect(blocked.getByRole("button")).toHaveCount(0);

  await ready.getByRole("button", { name: /^Publish/ }).click();
  await expect(ready).toContainText("Published");
  await expect(ready.getByRole("button")).toHaveCount(0);

  await ready.getByRole("link", { name: "Reader page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: race.wins })).toBeVisible();
  await expect(page.getByText("By 2,000 votes.")).toBeVisible();

  // Staff may not publish: their desk of the same race shows no list.
  expect(await staffDesk(browser, race.slug)).toBe(0);
});
