// A call is never final: a retraction reaches readers whose pages are already open. The race page,
// its embed and the election page, open before the call, show the call and then the retraction with
// the editor's note within one poll interval and a second, by push and, with the streams blocked, by
// polling; and the margin chart ends where the headline does after a write. In the "live" project, after the District 5 night of the "calls" project (which left
// District 5 retracted); it writes to District 5, calls it and retracts it again.
import { mkdirSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./openapi-check";
import { bearer } from "./api-keys";
import { DISTRICT_5 } from "./e2e-env";
import { blockStreams, openLive, POLL_INTERVAL_MS, TRANSPORTS } from "./live-transport";

const RACE_API = `/api/v1/races/${DISTRICT_5}`;
const WITHIN_A_POLL = { timeout: POLL_INTERVAL_MS + 1_000 };
const SCREENSHOTS = "e2e/.artifacts/screenshots";

interface RaceJson {
  call: { status: string; winners: string[]; calledAt: string | null; retractedAt: string | null; note: string | null };
  candidates: { slug: string; name: string; votes: number }[];
  margin: { votes: number } | null;
  units: { slug: string; version: number; votes: Record<string, number> }[];
  election: { slug: string };
}

const votes = (n: number) => n.toLocaleString("en-US");
const raceJson = async (request: APIRequestContext): Promise<RaceJson> => (await request.get(RACE_API)).json();

/**
 * Posts a call as an editor, acknowledging whatever the guard warns about (the guard has its own
 * tests); a close call waits for a second editor, who confirms it.
 */
async function decide(request: APIRequestContext, data: Record<string, unknown>): Promise<RaceJson> {
  const post = (body: Record<string, unknown>) => request.post(`${RACE_API}/call`, { headers: bearer("editor"), data: body });
  let response = await post(data);
  if (response.status() === 422) {
    const { error } = await response.json();
    expect(error.code).toBe("call_needs_acknowledgement");
    response = await post({ ...data, acknowledge: error.warnings.map((w: { code: string }) => w.code) });
  }
  if (response.status() === 202) {
    const { pendingCall } = (await response.json()) as { pendingCall: { id: string } };
    response = await request.post(`${RACE_API}/call/pending/confirm`, { headers: bearer("second-editor"), data: { id: pendingCall.id } });
  }
  expect(response.status()).toBe(201);
  return ((await response.json()) as { race?: RaceJson } & RaceJson).race ?? (await raceJson(request));
}

async function screenshots(pages: { name: string; page: Page }[]) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 375]) {
    for (const { name, page } of pages) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}/retracted-${name}-${width}.png`, fullPage: true });
    }
  }
}

test("the margin chart ends at the headline's numbers after a write to an open page", async ({ page, request }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  const marginChart = page.getByRole("img", { name: /^Line chart of the lead/ });
  await expect(marginChart).toBeVisible();

  const race = await raceJson(request);
  const fulton = race.units.find((u) => u.slug === "fulton")!;
  const write = await request.put(`${RACE_API}/units/fulton`, {
    headers: bearer("staff"),
    data: { version: fulton.version, votes: { "natalyn-archibong": fulton.votes["natalyn-archibong"]! + 19 } },
  });
  expect(write.status()).toBe(200);
  const margin = ((await write.json()) as RaceJson).margin!.votes;

  await expect(page.locator(".margin-words")).toContainText(`by ${votes(margin)} votes`, WITHIN_A_POLL);
  await expect(marginChart).toHaveAttribute("aria-label", new RegExp(`latest margin ${votes(margin)} votes$`));
  // The picture's own last label, and the table that stands for it.
  await expect(marginChart.locator("svg text").filter({ hasText: new RegExp(`^${votes(margin)}$`) })).toBeVisible();
  await expect(page.getByRole("group").filter({ hasText: "The count batch by batch" }).locator("tbody tr").last()).toContainText(votes(margin));
});

for (const transport of TRANSPORTS) {
  test(`a call and its retraction reach the open race page, embed and election page by ${transport} within a poll, with the editor's note`, async ({ page, context, request }) => {
    // Polling: the streams' connections are dropped; the browser would reconnect for ever.
    if (transport === "polling") await blockStreams(context, "abort");
    const before = await raceJson(request);
    if (before.call.status === "called") await decide(request, { status: "uncalled", note: "Test reset." });
    const leader = before.candidates[0]!;

    const [embed, election] = [await context.newPage(), await context.newPage()];
    const traffic = await Promise.all([
      openLive(page, `/races/${DISTRICT_5}`, RACE_API, transport),
      openLive(embed, `/embed/races/${DISTRICT_5}`, RACE_API, transport),
      openLive(election, `/elections/${before.election.slug}`, `/api/v1/elections/${before.election.slug}`, transport),
    ]);
    const badge = page.locator(".status-line .badge");
    const embedBadge = embed.locator(".status-line .badge");
    const electionRow = election.getByRole("row", { name: /District 5/ });

    await decide(request, { status: "called", winners: [leader.slug], note: "All precincts in." });
    await expect(badge).toHaveText(`${leader.name} wins`, WITHIN_A_POLL);
    await expect(embedBadge).toHaveText(`${leader.name} wins`, WITHIN_A_POLL);
    await expect(electionRow.locator(".badge")).toHaveText(`${leader.name} wins`, WITHIN_A_POLL);
    await expect(page.getByText(/^Called /)).toBeVisible();

    const retracted = await decide(request, { status: "uncalled", note: "Recanvass under way" });
    const retraction = /^Call retracted at \d{1,2}:\d{2}\s[AP]M: Recanvass under way$/;
    await expect(page.locator(".call-retraction")).toHaveText(retraction, WITHIN_A_POLL);
    await expect(embed.locator(".call-retraction")).toHaveText(retraction, WITHIN_A_POLL);
    await expect(electionRow.locator(".call-retraction")).toHaveText(retraction, WITHIN_A_POLL);
    await expect(badge).toHaveText("Not yet called");
    await expect(embedBadge).toHaveText("Not yet called");
    // The retraction's time is not a call time.
    await expect(page.getByText(/^Called /)).toHaveCount(0);
    await expect(page.locator("article").getByRole("status")).toHaveText("Call retracted: Recanvass under way");
    await expect(election.locator(".live-list").getByRole("status")).toHaveText(/: Call retracted: Recanvass under way$/);

    expect(retracted.call).toMatchObject({ status: "uncalled", calledAt: null, retractedAt: expect.any(String), note: "Recanvass under way" });
    expect((await raceJson(request)).call).toEqual(retracted.call);

    // A fresh visit is rendered by the server: it says the same as the pages that learned it live.
    const fresh = await context.newPage();
    await fresh.goto(`/races/${DISTRICT_5}`);
    await expect(fresh.locator(".call-retraction")).toHaveText(await page.locator(".call-retraction").innerText());
    await fresh.close();

    for (const { polls } of traffic) {
      if (transport === "push") expect(polls).toEqual([]);
      else expect(polls.length).toBeGreaterThan(0);
    }
    if (transport === "push") await screenshots([{ name: "race", page }, { name: "embed", page: embed }]);
  });
}
