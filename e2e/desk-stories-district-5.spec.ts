// The District 5 night end to end, as an editor lives it: too early to publish, the call, the right
// story out and the wrong one held, the retraction, and the story pulled in front of readers.
import type { Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { clippedText } from "./clipped-text";
import { DISTRICT_5, STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("editor") });

async function openStory(page: Page, headline: string) {
  await page.goto("/newsroom/stories");
  await page.getByRole("link", { name: headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
}

async function decide(page: Page, decision: string, options: { winner?: string; note?: string } = {}) {
  await page.goto(`/newsroom/races/${DISTRICT_5}`);
  const panel = page.getByRole("form", { name: "Call this race" });
  await panel.getByRole("radio", { name: decision }).check();
  // One seat: the winner is a radio choice.
  const winner = options.winner ? panel.getByRole("radio", { name: new RegExp(options.winner) }) : null;
  await winner?.check();
  if (options.note) await panel.getByLabel(/^Note/).fill(options.note);
  await panel.getByRole("button", { name: "Check this call" }).click();
  await expect(panel.getByText("The guard finds nothing against this call.")).toBeVisible();
  // What was checked still shows as chosen.
  if (winner) await expect(winner).toBeChecked();
  await expect(panel.getByRole("radio", { name: decision })).toBeChecked();
  await panel.getByRole("button", { name: "Confirm" }).click();
  return panel;
}

test("the District 5 story: held before the call, held when the call went the other way, published, then pulled", async ({ page }) => {
  const bakhtiari = "Bakhtiari unseats Archibong in District 5";
  const archibong = "Archibong holds District 5 by 252 votes";

  await openStory(page, bakhtiari);
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveAccessibleDescription("District 5 has not been called");

  const panel = await decide(page, "Call a winner", { winner: "Natalyn Archibong" });
  await expect(panel.getByText("Called", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Call history" })).toContainText("Called for Natalyn Archibong");

  await openStory(page, bakhtiari);
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveAccessibleDescription(
    "District 5 was called for Natalyn Archibong; this story expects Liliana Bakhtiari",
  );

  await openStory(page, archibong);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { name: /^Published/ })).toBeVisible();

  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByText("Natalyn Archibong wins")).toBeVisible();
  const coverage = page.getByRole("region", { name: "Coverage" });
  await coverage.getByRole("link", { name: archibong }).click();
  await expect(page.getByRole("heading", { level: 1, name: archibong })).toBeVisible();
  await expect(page.getByText("Natalyn Archibong kept her District 5 seat")).toBeVisible();

  // Another editor has the story list open: the pull reaches it as it happens, without a reload.
  const storyList = await page.context().newPage();
  await storyList.goto("/newsroom/stories");
  await expect(storyList.getByText("Live: this page updates as the desk saves.")).toBeVisible();
  const listed = storyList.getByRole("listitem").filter({ has: storyList.getByRole("link", { name: archibong }) });
  await expect(listed).toContainText("Published");

  const retraction = await decide(page, "Retract the call", { note: "Provisional ballots outstanding in DeKalb." });
  await expect(retraction.getByRole("status")).toContainText(
    `${archibong}: Pulled: The call in District 5 was retracted: Provisional ballots outstanding in DeKalb.`,
  );

  await expect(listed).toContainText(/Pulled .*: The call in District 5 was retracted: Provisional ballots outstanding in DeKalb\./);
  await storyList.close();

  // Readers of the pulled story get the editor's reason, not a generic sentence.
  await page.goto("/stories/archibong-holds-district-5");
  await expect(page.getByRole("heading", { level: 1, name: "This story has been withdrawn." })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "withdrawn" })).toContainText(
    "The call in District 5 was retracted: Provisional ballots outstanding in DeKalb.",
  );
  await expect(page.getByText("Natalyn Archibong kept her District 5 seat")).toHaveCount(0);
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByText("Not yet called")).toBeVisible();
  await expect(page.getByText(/^Call retracted at .*: Provisional ballots outstanding in DeKalb\.$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Coverage" })).toHaveCount(0);

  await page.goto("/newsroom");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Pulled stories");
  await expect(page.getByRole("region", { name: "Pulled stories" })).toContainText(archibong);
});

test("drafts are never public", async ({ page }) => {
  const response = await page.goto("/stories/bakhtiari-unseats-archibong-in-district-5");
  expect(response?.status()).toBe(404);
});

test("a majority race with nobody past 50%: a single winner is refused, a runoff stands, a runoff story publishes", async ({ request, page }) => {
  const call = (data: unknown) => request.post("/api/v1/races/demo-county-treasurer/call", { headers: bearer("editor"), data });
  expect((await call({ status: "uncalled", note: "Re-checking the count" })).status()).toBe(201);

  const single = await call({ status: "called", winners: ["helen-park"] });
  expect(single.status()).toBe(422);
  expect((await single.json()).error).toMatchObject({ code: "call_refused", refusals: [{ code: "winner_below_threshold" }] });

  const story = await (
    await request.post("/api/v1/stories", {
      headers: bearer("editor"),
      data: { raceSlug: "demo-county-treasurer", headline: "Treasurer heads to a runoff", body: "Park and Adeyemi meet in December.", expects: { kind: "runoff" } },
    })
  ).json();
  expect(story).toMatchObject({ status: "draft" });
  const early = await request.post(`/api/v1/stories/${story.id}/publish`, { headers: bearer("editor") });
  expect(early.status()).toBe(409);
  expect((await early.json()).error).toMatchObject({ code: "gate_closed", message: "Demo County Treasurer has not been called" });

  const runoff = await call({ status: "runoff", advancing: ["helen-park", "samuel-adeyemi"] });
  expect(runoff.status()).toBe(201);
  expect((await runoff.json()).call).toMatchObject({ status: "runoff", advancing: ["helen-park", "samuel-adeyemi"] });
  const published = await request.post(`/api/v1/stories/${story.id}/publish`, { headers: bearer("editor") });
  expect(published.status()).toBe(200);
  expect(await published.json()).toMatchObject({ status: "published" });
  expect((await request.get("/stories/treasurer-heads-to-a-runoff")).status()).toBe(200);

  // Readers on the smallest phones read the published story whole, with one masthead (issue 15).
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/stories/treasurer-heads-to-a-runoff");
  await expect(page.getByRole("heading", { level: 1, name: "Treasurer heads to a runoff" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  expect(await clippedText(page)).toEqual([]);
});

test("over HTTP, publishing while the call is retracted never leaves a published story whose result does not hold", async ({ request }) => {
  const headers = bearer("editor");
  const story = await (
    await request.post("/api/v1/stories", {
      headers,
      data: { raceSlug: "demo-county-mayor", headline: "Delgado takes the mayor's office", body: "Rosa Delgado won.", expects: { kind: "winner", candidate: "rosa-delgado" } },
    })
  ).json();
  for (let round = 0; round < 8; round++) {
    expect((await request.post("/api/v1/races/demo-county-mayor/call", { headers, data: { status: "called", winners: ["rosa-delgado"] } })).status()).toBe(201);
    await Promise.all([
      request.post(`/api/v1/stories/${story.id}/publish`, { headers }),
      request.post("/api/v1/races/demo-county-mayor/call", { headers, data: { status: "uncalled", note: `round ${round}` } }),
    ]);
    const race = await (await request.get("/api/v1/races/demo-county-mayor")).json();
    const current = await (await request.get(`/api/v1/stories/${story.id}`, { headers })).json();
    expect(race.call.status).toBe("uncalled");
    expect(current.status, `round ${round}`).not.toBe("published");
  }
});
