// Test mode end to end (FEEDS.md §1, "Test mode traps"): an editor marks an election as test data on
// the desk, and every reader page, the embed, the share image and the JSON say so, a published story
// about it is pulled and cannot go out again, and all of it is undone by unmarking. Guards against
// TheLens/elections#201, where a test night's numbers were published as results.
import { mkdirSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { TEST_DATA_BANNER, TEST_DATA_REFUSAL } from "../lib/domain/test-data";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("editor") });

const WITHIN_A_FEW_POLLS = { timeout: 15_000 };

/** An election of its own (the other specs count what the demo elections show), called, with a published story. */
async function rehearsalNight(request: APIRequestContext) {
  const editor = { headers: bearer("editor") };
  const name = `Rehearsal night ${Date.now()}`;
  const election = await request.post("/api/v1/elections", { ...editor, data: { name, date: "2026-11-03", jurisdiction: "Rehearsal County (fictional)" } });
  expect(election.status()).toBe(201);
  const electionSlug: string = (await election.json()).slug;
  const created = await request.post(`/api/v1/elections/${electionSlug}/races`, {
    ...editor,
    data: {
      office: "Rehearsal County Mayor",
      seat: "Citywide",
      rule: { kind: "plurality" },
      candidates: [{ name: "Tessa Testwell" }, { name: "Rory Replay" }],
      units: [{ name: "Ward 1", precinctsTotal: 3 }],
    },
  });
  expect(created.status()).toBe(201);
  const race = await created.json();
  const [tessa, rory] = race.candidates.map((c: { slug: string }) => c.slug);
  const unit = race.units[0];
  const tally = await request.put(`/api/v1/races/${race.slug}/units/${unit.slug}`, {
    headers: bearer("staff"),
    data: { version: unit.version, precinctsReporting: 3, votes: { [tessa]: 600, [rory]: 400 } },
  });
  expect(tally.status()).toBe(200);
  expect((await request.post(`/api/v1/races/${race.slug}/call`, { ...editor, data: { status: "called", winners: [tessa] } })).status()).toBe(201);
  const story = await request.post("/api/v1/stories", {
    ...editor,
    data: { raceSlug: race.slug, headline: `Testwell wins the rehearsal ${Date.now()}`, body: "Tessa Testwell won.", expects: { kind: "winner", candidate: tessa } },
  });
  expect(story.status()).toBe(201);
  const { id: storyId, slug: storySlug } = (await story.json()) as { id: string; slug: string };
  expect((await request.post(`/api/v1/stories/${storyId}/publish`, editor)).status()).toBe(200);
  return { name, electionSlug, raceSlug: race.slug as string, candidateSlug: tessa as string, storyId, storySlug, headline: `${race.office}, ${race.seat}` };
}

async function setTestData(page: Page, electionSlug: string, on: boolean) {
  await page.goto(`/newsroom/elections/${electionSlug}`);
  const form = page.getByRole("form", { name: "Election details" });
  await form.getByRole("checkbox", { name: "Test data" }).setChecked(on);
  await form.getByRole("button", { name: "Save election" }).click();
  await expect(form.getByText(/^Election saved\./)).toBeVisible();
  await expect(form.getByRole("checkbox", { name: "Test data" })).toBeChecked({ checked: on });
}

const banner = (page: Page) => page.getByRole("status", { name: "Test data" });

test("an editor marks an election as test data: banners everywhere, the story pulled and refused; unmarking undoes it", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const night = await rehearsalNight(request);

  // A reader already on the race page sees the banner arrive with a poll.
  const reader = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await reader.goto(`/races/${night.raceSlug}`);
  await expect(reader.getByText(TEST_DATA_BANNER)).toHaveCount(0);

  await setTestData(page, night.electionSlug, true);
  await expect(reader.getByRole("status", { name: "Test data" })).toHaveText(TEST_DATA_BANNER, WITHIN_A_FEW_POLLS);
  await reader.close();

  await test.step("reader pages, the embed, the JSON and the share image say TEST", async () => {
    await page.goto(`/races/${night.raceSlug}`);
    await expect(banner(page)).toHaveText(TEST_DATA_BANNER);
    await expect(page).toHaveTitle(/^TEST DATA: /);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", new RegExp(`^${TEST_DATA_BANNER}\\. `));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.screenshot({ path: `test-results/test-data-race-${width}.png` });
      // The banner runs edge to edge without widening the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    const image = await request.get((await page.locator('meta[property="og:image"]').getAttribute("content"))!.replace(/^https?:\/\/[^/]+/, ""));
    expect([image.status(), image.headers()["content-type"]]).toEqual([200, "image/png"]);
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/test-data-share-image.png", await image.body());

    await page.goto(`/elections/${night.electionSlug}`);
    await expect(banner(page)).toHaveText(TEST_DATA_BANNER);
    await expect(page.getByRole("row", { name: new RegExp(night.headline) })).toContainText("Test data");

    await page.goto("/");
    await expect(page.getByRole("region", { name: night.name }).getByRole("status", { name: "Test data" })).toHaveText(TEST_DATA_BANNER);

    await page.goto(`/candidates/${night.candidateSlug}`);
    await expect(banner(page)).toHaveText(`${TEST_DATA_BANNER}The races marked TEST below hold test data.`);
    await expect(page.getByRole("row", { name: new RegExp(night.headline) })).toContainText("Test data");

    // The story was pulled by the marking: its address says so, under the banner.
    await page.goto(`/stories/${night.storySlug}`);
    await expect(banner(page)).toHaveText(TEST_DATA_BANNER);
    await expect(page.getByRole("note").filter({ hasText: "withdrawn" })).toContainText("The election was marked as test data.");

    await page.goto(`/embed/races/${night.raceSlug}`);
    await expect(banner(page)).toHaveText(TEST_DATA_BANNER);

    expect((await (await request.get(`/api/v1/races/${night.raceSlug}`)).json()).testData).toBe(true);
    const election = await (await request.get(`/api/v1/elections/${night.electionSlug}`)).json();
    expect([election.testData, ...election.races.map((r: { testData: boolean }) => r.testData)]).toEqual([true, true]);
  });

  await test.step("the published story was pulled, and publishing it again is refused with the reason", async () => {
    await page.goto(`/newsroom/stories/${night.storyId}`);
    await expect(page.getByRole("status").filter({ hasText: "Pulled" })).toContainText("The election was marked as test data");
    const publish = page.getByRole("button", { name: "Publish again" });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(TEST_DATA_REFUSAL);

    const refused = await request.post(`/api/v1/stories/${night.storyId}/publish`, { headers: bearer("editor") });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error).toEqual({ code: "test_data", message: TEST_DATA_REFUSAL });
  });

  await test.step("the desk marks the race TEST", async () => {
    await page.goto("/newsroom");
    await expect(page.getByRole("region", { name: "All races" }).getByRole("row", { name: new RegExp(night.headline) })).toContainText("Test data");
    await page.goto(`/newsroom/races/${night.raceSlug}`);
    await expect(page.locator(".status-line .badge-test")).toHaveText("Test data");
    await page.goto(`/newsroom/elections/${night.electionSlug}`);
  });

  await test.step("unmarking takes the banners away and lets the story publish", async () => {
    await setTestData(page, night.electionSlug, false);
    for (const path of [`/races/${night.raceSlug}`, `/elections/${night.electionSlug}`, `/embed/races/${night.raceSlug}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(TEST_DATA_BANNER), path).toHaveCount(0);
    }
    expect((await (await request.get(`/api/v1/races/${night.raceSlug}`)).json()).testData).toBe(false);

    await page.goto(`/newsroom/stories/${night.storyId}`);
    await page.getByRole("button", { name: "Publish again" }).click();
    await expect(page.getByRole("heading", { name: /^Published/ })).toBeVisible();
  });
});
