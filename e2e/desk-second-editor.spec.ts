// A close call takes two editors (issue 15): Erin calls a race inside its recount band, readers and
// the publication gate still see it as not called, the dashboard lists it as waiting, and only when
// Jane, a second editor, confirms it does the call reach readers and a story on it publish. Jane's
// open desk and dashboard hear of the proposal, its withdrawal and its confirmation as they happen.
// The race is an election of its own, so no other spec's counts or calls move it.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";
import { countedRivertonRace } from "./riverton-race";

const editor = { headers: bearer("editor") };

async function closeRace(request: APIRequestContext) {
  // 5,010 to 4,990 with every precinct in: 0.2 points apart, inside the 0.5-point band.
  const race = await countedRivertonRace(request, { election: "Second editor check", office: "Riverton Clerk", votes: { "Maya Okafor": 5010, "Theo Brandt": 4990 }, recountMarginPct: 0.5 });
  const story = await request.post("/api/v1/stories", {
    ...editor,
    data: { raceSlug: race.slug, headline: `Okafor wins Riverton clerk ${Date.now()}`, body: "By 20 votes.", expects: { kind: "winner", candidate: race.candidates["Maya Okafor"] } },
  });
  expect(story.status()).toBe(201);
  return { ...race, storyId: ((await story.json()) as { id: string }).id };
}

async function signedIn(browser: Browser, user: "editor" | "second-editor") {
  const context = await browser.newContext({ storageState: STORAGE_STATE(user) });
  return { context, page: await context.newPage() };
}

const readerCall = async (request: APIRequestContext, slug: string) => ((await (await request.get(`/api/v1/races/${slug}`)).json()) as { call: { status: string; winners: string[] } }).call;

/** Erin proposes the close call from her race desk, acknowledging the recount warning. */
async function propose(page: Page) {
  const panel = page.getByRole("form", { name: "Call this race" });
  await panel.getByRole("radio", { name: /Maya Okafor/ }).check();
  await panel.getByRole("button", { name: "Check this call" }).click();
  const warnings = panel.getByRole("group", { name: "Acknowledge each warning to call anyway" });
  await expect(warnings).toContainText("recount band");
  for (const warning of await warnings.getByRole("checkbox").all()) await warning.check();
  await panel.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByText("Proposed: this close call takes effect when a second editor confirms it.")).toBeVisible();
}

/** A desk page open before anything happens, following the desk's change stream. */
async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText("Live: this page updates as the desk saves.")).toBeVisible();
  return page;
}

test("a close call waits for a second editor: readers see no call until Jane confirms Erin's, then the story publishes", async ({ browser, request }) => {
  // Two editors, three open desk pages and a proposal made twice: more than the default 30 s on a busy machine.
  test.slow();
  const race = await closeRace(request);
  const erin = await signedIn(browser, "editor");
  const jane = await signedIn(browser, "second-editor");
  // Jane has the race desk and the dashboard open all along: what Erin does reaches them without a reload.
  const janeDesk = await openLive(jane.page, `/newsroom/races/${race.slug}`);
  const janeDashboard = await openLive(await jane.context.newPage(), "/newsroom");
  const dashboardRow = janeDashboard.getByRole("listitem").filter({ has: janeDashboard.getByRole("link", { name: race.name, exact: true }) });
  const janeWaiting = janeDesk.getByRole("region", { name: "Waiting for a second editor" });

  await test.step("the election's set-up page has the rule on by default", async () => {
    await erin.page.goto(`/newsroom/elections/${race.electionSlug}`);
    await expect(erin.page.getByRole("checkbox", { name: "Close calls need a second editor" })).toBeChecked();
  });

  await test.step("Erin calls the race over the recount warning: it is only proposed", async () => {
    const { page } = erin;
    await openLive(page, `/newsroom/races/${race.slug}`);
    await propose(page);

    const waiting = page.getByRole("region", { name: "Waiting for a second editor" });
    await expect(waiting).toContainText(/Waiting for a second editor: proposed by Erin Editor \(demo\) at \d{1,2}:\d{2} [AP]M/);
    await expect(waiting).toContainText("Call for Maya Okafor");
    await expect(waiting).toContainText("recount band");
    // The proposer cannot be the second editor.
    await expect(waiting.getByRole("button", { name: "Confirm" })).toHaveCount(0);
    await expect(waiting.getByRole("button", { name: "Withdraw" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("Not yet called.");
  });

  await test.step("Jane's open desk and dashboard show the proposal without a reload", async () => {
    await expect(janeWaiting).toContainText("proposed by Erin Editor (demo)");
    await expect(janeWaiting.getByRole("button", { name: "Confirm" })).toBeVisible();
    await expect(dashboardRow).toContainText("Call waiting for a second editor");
  });

  await test.step("Erin withdraws it: it leaves Jane's desk and dashboard too; then she proposes again", async () => {
    await erin.page.getByRole("region", { name: "Waiting for a second editor" }).getByRole("button", { name: "Withdraw" }).click();
    await expect(erin.page.getByRole("region", { name: "Waiting for a second editor" })).toHaveCount(0);
    await expect(janeWaiting).toHaveCount(0);
    await expect(dashboardRow).not.toContainText("Call waiting for a second editor");

    await propose(erin.page);
    await expect(janeWaiting).toContainText("Call for Maya Okafor");
    await expect(dashboardRow).toContainText("Call waiting for a second editor");
  });

  await test.step("readers, the JSON API and the gate see the race as not called", async () => {
    expect(await readerCall(request, race.slug)).toMatchObject({ status: "uncalled", winners: [] });
    const page = await erin.context.newPage();
    await page.goto(`/races/${race.slug}`);
    await expect(page.getByText("Not yet called").first()).toBeVisible();
    await expect(page.getByText("Maya Okafor wins")).toHaveCount(0);
    await page.close();
    const early = await request.post(`/api/v1/stories/${race.storyId}/publish`, editor);
    expect(early.status()).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe("gate_closed");
  });

  await test.step("Jane confirms from her open desk: the call stands with both names, Erin's desk shows it, and readers see it", async () => {
    await janeWaiting.getByRole("button", { name: "Confirm" }).click();
    await expect(janeDesk.getByRole("region", { name: "Call history" })).toContainText("Called for Maya Okafor");
    await expect(janeDesk.getByRole("region", { name: "Call history" })).toContainText("by Erin Editor (demo), confirmed by Jane Editor (demo)");
    await expect(janeWaiting).toHaveCount(0);
    // The story the call lets out is listed under the call, ready to publish.
    const stories = janeDesk.getByRole("region", { name: "Stories on this call" });
    await expect(stories.getByRole("listitem").filter({ hasText: "Okafor wins Riverton clerk" }).getByRole("button", { name: /^Publish/ })).toBeEnabled();

    await expect(erin.page.getByRole("region", { name: "Waiting for a second editor" })).toHaveCount(0);
    await expect(erin.page.getByRole("region", { name: "Call history" })).toContainText("confirmed by Jane Editor (demo)");
    await expect(dashboardRow).not.toContainText("Call waiting for a second editor");

    expect(await readerCall(request, race.slug)).toMatchObject({ status: "called" });
    await janeDashboard.goto(`/races/${race.slug}`);
    await expect(janeDashboard.getByText("Maya Okafor wins").first()).toBeVisible();
  });

  await test.step("the story that depends on the call publishes", async () => {
    const published = await request.post(`/api/v1/stories/${race.storyId}/publish`, editor);
    expect(published.status()).toBe(200);
    expect(((await published.json()) as { status: string }).status).toBe("published");
  });

  await erin.context.close();
  await jane.context.close();
});

test("through the API: a close call answers 202, the proposer cannot confirm it, and another editor's confirmation calls the race", async ({ request }) => {
  const race = await closeRace(request);
  const okafor = race.candidates["Maya Okafor"];
  const proposed = await request.post(`/api/v1/races/${race.slug}/call`, { ...editor, data: { status: "called", winners: [okafor], acknowledge: ["margin_in_recount_band"] } });
  expect(proposed.status()).toBe(202);
  const { pendingCall } = (await proposed.json()) as { pendingCall: { id: string; proposedBy: string } };
  expect(pendingCall.proposedBy).toBe("Erin Editor (demo)");
  expect((await readerCall(request, race.slug)).status).toBe("uncalled");

  const own = await request.post(`/api/v1/races/${race.slug}/call/pending/confirm`, { ...editor, data: { id: pendingCall.id } });
  expect(own.status()).toBe(422);
  expect(((await own.json()) as { error: { code: string } }).error.code).toBe("second_editor_required");

  const confirmed = await request.post(`/api/v1/races/${race.slug}/call/pending/confirm`, { headers: bearer("second-editor"), data: { id: pendingCall.id } });
  expect(confirmed.status()).toBe(201);
  expect((await readerCall(request, race.slug)).status).toBe("called");
  const again = await request.post(`/api/v1/races/${race.slug}/call/pending/withdraw`, { ...editor, data: { id: pendingCall.id } });
  expect(again.status()).toBe(409);
});
