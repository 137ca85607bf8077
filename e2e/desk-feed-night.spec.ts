// A recorded night, replayed end to end: Kentucky's 2015 governor's race as AP reported it (the real
// payload, cut into three snapshots as the count came in: a quarter, three fifths, all of it with
// AP's call) is played by `npm run feed -- replay` into an election marked as test data, while a
// reader watches the race page. Then the desk takes AP's call as advice, calls the race the same
// through the call guard, and drafts a story: the test-data gate holds it until the election is
// unmarked, and then it publishes. This is how a desk rehearses a night.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { TEST_DATA_BANNER, TEST_DATA_REFUSAL } from "../lib/domain/test-data";
import { bearer } from "./api-keys";
import { E2E_DATABASE_URL, STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";
import { confirmAsSecondEditor } from "./second-editor";

const FIXTURE = join(process.cwd(), "..", "shared", "fixtures", "feeds", "ap", "elex__20151103_national.json");
const NIGHT_DIR = join("data", `e2e-night-${process.pid}`);
const ELECTION = `ky-2015-rehearsal-${Date.now().toString(36)}`;
/** Polls every 3 s while counting; a replayed snapshot shows within a couple of polls. */
const WITHIN_A_FEW_POLLS = { timeout: 20_000 };

interface ApUnit {
  level: string;
  precinctsReporting: number;
  precinctsTotal: number;
  candidates: { last: string; voteCount: number; winner?: string }[];
}

/** The night as AP sent it: each unit's count and precincts at `share` of the final, AP's call only at the end. */
function recordNight(): void {
  const final = JSON.parse(readFileSync(FIXTURE, "utf8")) as { timestamp: string; races: { raceID: string; reportingUnits: ApUnit[] }[] };
  final.races = final.races.filter((race) => race.raceID === "18525");
  rmSync(NIGHT_DIR, { recursive: true, force: true });
  mkdirSync(NIGHT_DIR, { recursive: true });
  [0.25, 0.6, 1].forEach((share, index) => {
    const snapshot = structuredClone(final);
    for (const unit of snapshot.races[0]!.reportingUnits) {
      unit.precinctsReporting = Math.round(unit.precinctsTotal * share);
      for (const candidate of unit.candidates) {
        candidate.voteCount = Math.round(candidate.voteCount * share);
        if (share < 1) delete candidate.winner;
      }
    }
    writeFileSync(join(NIGHT_DIR, `${index + 1}-ap.json`), JSON.stringify(snapshot));
  });
}

/** `npm run feed -- replay`, as a newsroom runs it, against the end-to-end database. */
function replay(intervalSeconds: number) {
  return promisify(execFile)(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/feed.ts", "replay", "--from", NIGHT_DIR, "--into", ELECTION, "--interval", String(intervalSeconds), "--speed", "1"],
    { env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NODE_ENV: "production" }, timeout: 120_000 },
  );
}

test.use({ storageState: STORAGE_STATE("editor") });
test.afterAll(() => rmSync(NIGHT_DIR, { recursive: true, force: true }));

test("a recorded AP night replays into a test election: live race page, AP's advice, the call, and a story the test-data gate holds", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  recordNight();
  const editor = { headers: bearer("editor") };
  expect((await request.post("/api/v1/elections", { ...editor, data: { name: "Kentucky 2015 rehearsal", date: "2015-11-03", jurisdiction: "Kentucky", slug: ELECTION } })).status()).toBe(201);

  await test.step("a replay refuses an election that is not marked as test data", async () => {
    const refused = await replay(0).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain(`${ELECTION} is not marked as test data`);
  });
  expect((await request.patch(`/api/v1/elections/${ELECTION}`, { ...editor, data: { isTest: true } })).status()).toBe(200);

  // The first snapshot creates the race; a reader opens its page and watches the rest arrive.
  const night = replay(6);
  let raceSlug = "";
  await expect
    .poll(async () => {
      const election = await (await request.get(`/api/v1/elections/${ELECTION}`)).json();
      raceSlug = election.races?.[0]?.slug ?? "";
      return raceSlug;
    }, WITHIN_A_FEW_POLLS)
    .not.toBe("");
  const reader = await browser.newPage({ baseURL: test.info().project.use.baseURL, storageState: undefined });

  await test.step("the reader's open race page follows the replay to AP's final count, under the test banner", async () => {
    await reader.goto(`/races/${raceSlug}`);
    await expect(reader.getByRole("status", { name: "Test data" })).toHaveText(TEST_DATA_BANNER);
    const results = reader.getByRole("table", { name: /^Results/ }).first();
    await expect(results.getByRole("row", { name: /Matt Bevin/ })).toContainText("511,771", WITHIN_A_FEW_POLLS);
    await expect(results.getByRole("row", { name: /Jack Conway/ })).toContainText("426,944");
    const output = await night;
    expect(output.stdout).toContain("Replaying 3 snapshots");
    expect(output.stdout.match(/^Applied snapshot/gm)).toHaveLength(3);
  });

  await test.step("the desk shows AP's call as advice, and the editor calls the race the same through the guard", async () => {
    await page.goto(`/newsroom/races/${raceSlug}`);
    const panel = page.getByRole("form", { name: "Call this race" });
    const advice = panel.getByRole("note", { name: "AP's call" });
    await expect(advice).toContainText(/^AP: called for Matt Bevin/);
    await advice.getByRole("button", { name: "Call the same" }).click();
    const confirm = panel.getByRole("button", { name: "Confirm" });
    const warnings = panel.getByRole("group", { name: "Acknowledge each warning to call anyway" });
    const history = page.getByRole("region", { name: "Call history" });
    // With nothing to acknowledge the call goes straight through the guard; with warnings it waits for them.
    const settled = async () => (await warnings.isVisible()) || (await history.textContent())?.includes("Called for Matt Bevin");
    await expect.poll(settled, WITHIN_A_FEW_POLLS).toBe(true);
    if (await warnings.isVisible()) {
      for (const warning of await warnings.getByRole("checkbox").all()) await warning.check();
      await confirm.click();
      // A call over a warning waits for a second editor.
      await confirmAsSecondEditor(browser, raceSlug);
    }
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("Called for Matt Bevin");
    // The open page follows the call with its next poll, and tells screen readers so.
    await expect(reader.getByRole("status").filter({ hasText: "Matt Bevin wins" })).toHaveCount(1, WITHIN_A_FEW_POLLS);
    await expect(reader.locator(".badge-called")).toHaveText("Matt Bevin wins");
  });

  await test.step("a story on the call is held by the test-data gate, and publishes once the election is unmarked", async () => {
    const bevin = (await (await request.get(`/api/v1/races/${raceSlug}`)).json()).candidates.find((c: { name: string }) => c.name === "Matt Bevin").slug;
    const story = await request.post("/api/v1/stories", {
      ...editor,
      data: { raceSlug, headline: `Bevin elected governor of Kentucky ${Date.now()}`, body: "Matt Bevin won.", expects: { kind: "winner", candidate: bevin } },
    });
    expect(story.status()).toBe(201);
    const { id } = (await story.json()) as { id: string };
    await page.goto(`/newsroom/stories/${id}`);
    const publish = page.getByRole("button", { name: "Publish" });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(TEST_DATA_REFUSAL);

    expect((await request.patch(`/api/v1/elections/${ELECTION}`, { ...editor, data: { isTest: false } })).status()).toBe(200);
    await page.reload();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("heading", { name: /^Published/ })).toBeVisible();
    await reader.reload();
    // The banner's live region stays (empty) so a later marking is announced; its words are gone.
    await expect(reader.getByText(TEST_DATA_BANNER)).toHaveCount(0);
  });
  await reader.close();
});
