// A feed on the desk, with the real AP payload of Kentucky's 2015 governor's race: an editor imports
// it into a fresh election (creating its races), follows AP's call from the call panel through the
// call guard, and readers see the call; then a county the desk typed by hand is held against the
// feed's later count, flagged on the dashboard and the race desk, until staff use the feed's count.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";
import { confirmAsSecondEditor } from "./second-editor";

const FIXTURE = join(process.cwd(), "..", "shared", "fixtures", "feeds", "ap", "elex__20151103_national.json");
const ELECTION = `ky-2015-feed-${Date.now().toString(36)}`;
const shots = process.env.DESK_FEEDS_SCREENSHOTS;

test.describe.configure({ mode: "serial" });

let governor = "";

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("an editor imports AP's file with create, then calls the governor's race the same as AP, and readers see it", async ({ page, browser, request }) => {
    const created = await request.post("/api/v1/elections", {
      headers: bearer("editor"),
      data: { name: "Kentucky general, 2015 (feed)", date: "2015-11-03", jurisdiction: "Kentucky", slug: ELECTION },
    });
    expect(created.status()).toBe(201);

    await page.goto(`/newsroom/elections/${ELECTION}`);
    await page.getByRole("link", { name: "Import a feed file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import a feed file" })).toBeVisible();
    const form = page.getByRole("form", { name: "Import a feed file" });
    await form.getByLabel("Feed file").setInputFiles(FIXTURE);
    await expect(form.getByLabel("Format")).toHaveValue("ap-json");
    await form.getByRole("checkbox", { name: "Create races, candidates and units the file names" }).check();
    await form.getByRole("button", { name: "Import the file" }).click();

    await expect(page.getByRole("status")).toHaveText(/^Imported 5 races \(5 created\): 187 units changed, 0 corrections, 0 units held for the desk\.$/);
    const races = page.getByRole("table", { name: "Races in the file" });
    await expect(races.getByRole("row", { name: /Governor, Kentucky/ })).toContainText("created");
    // AP's Colorado state total is not the sum of its counties: a note, not a refusal.
    await expect(page.getByRole("table", { name: /Worth a look/ })).toContainText("4,385");
    // The chosen file stays chosen.
    await expect(form.getByLabel("Feed file")).toHaveJSProperty("files.length", 1);
    if (shots) await page.screenshot({ path: join(shots, "feed-import-report.png"), fullPage: true });

    await races.getByRole("link", { name: "Governor, Kentucky" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Governor, Kentucky" })).toBeVisible();
    governor = new URL(page.url()).pathname.split("/").pop()!;
    // A recount band wide enough for Bevin's 8.7-point margin: the guard will want an acknowledgement.
    const band = await request.patch(`/api/v1/races/${governor}`, { headers: bearer("editor"), data: { recountMarginPct: 10 } });
    expect(band.status()).toBe(200);
    await page.reload();
    const panel = page.getByRole("form", { name: "Call this race" });
    const advice = panel.getByRole("note", { name: "AP's call" });
    await expect(advice).toContainText(/^AP: called for Matt Bevin at \d{1,2}:\d{2} [AP]M/);
    await expect(advice).toContainText("Advice only: AP's calls do not call this race.");
    if (shots) await panel.screenshot({ path: join(shots, "call-panel-advice.png") });

    await advice.getByRole("button", { name: "Call the same" }).click();
    // The call still goes through the guard: it asks for its warning to be acknowledged first.
    const warnings = panel.getByRole("group", { name: "Acknowledge each warning to call anyway" });
    await expect(warnings).toContainText("recount");
    await expect(panel.getByRole("radio", { name: /Matt Bevin/ })).toBeChecked();
    await expect(panel.getByRole("button", { name: "Confirm" })).toBeDisabled();
    if (shots) await panel.screenshot({ path: join(shots, "call-panel-acknowledge.png") });
    for (const warning of await warnings.getByRole("checkbox").all()) await warning.check();
    await panel.getByRole("button", { name: "Confirm" }).click();
    // Inside the recount band the call is only proposed: a second editor confirms it.
    await expect(panel.getByText("Proposed: this close call takes effect when a second editor confirms it.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("Not yet called.");
    await confirmAsSecondEditor(browser, governor);
    await page.reload();
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("Called for Matt Bevin");
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("Same as AP's call");
    await expect(panel.getByRole("note", { name: "AP's call" })).toContainText("the desk's call agrees");
    await expect(panel.getByRole("button", { name: "Call the same" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Count history" })).toContainText("AP feed");
    if (shots) await panel.screenshot({ path: join(shots, "call-panel-called.png") });

    await page.goto(`/races/${governor}`);
    await expect(page.getByText("Matt Bevin wins")).toBeVisible();
  });

  test("the race's set-up page offers accepting AP's calls, off by default, with what it means", async ({ page }) => {
    await page.goto(`/newsroom/races/${governor}/setup`);
    const accept = page.getByRole("checkbox", { name: "Accept source calls" });
    await expect(accept).not.toBeChecked();
    await expect(accept).toHaveAccessibleDescription("The feed's call goes through the call guard as its own actor; any warning leaves the race for an editor.");
    await accept.check();
    await page.getByRole("button", { name: "Save race settings" }).click();
    await expect(page.getByText("Race settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Accept source calls" })).toBeChecked();
  });
});

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  test("a county typed by hand is held against AP's later count: flagged on the dashboard and the race desk until staff use the feed's count", async ({ page, request }) => {
    const race = await (await request.get(`/api/v1/races/${governor}`)).json();
    const boone = race.units.find((u: { name: string }) => u.name === "Boone");
    const bevinSlug = race.candidates.find((c: { name: string }) => c.name === "Matt Bevin").slug as string;
    const typed: Record<string, number> = Object.fromEntries(Object.entries(boone.votes as Record<string, number>).map(([slug, n]) => [slug, n + 25]));
    const saved = await request.put(`/api/v1/races/${governor}/units/${boone.slug}`, { headers: bearer("staff"), data: { version: boone.version, votes: typed } });
    expect(saved.status()).toBe(200);

    const payload = JSON.parse(readFileSync(FIXTURE, "utf8"));
    const ky = payload.races.find((r: { raceID: string }) => r.raceID === "18525");
    const booneUnit = ky.reportingUnits.find((u: { level: string; reportingunitName: string }) => u.level !== "state" && u.reportingunitName === "Boone");
    booneUnit.candidates.find((c: { last: string }) => c.last === "Bevin").voteCount += 40;
    const imported = await request.post(`/api/v1/elections/${ELECTION}/feed-imports?format=ap-json`, {
      headers: { ...bearer("staff"), "Content-Type": "application/json" },
      data: JSON.stringify(payload),
    });
    expect(imported.status()).toBe(200);
    expect((await imported.json()).races.find((r: { slug: string }) => r.slug === governor)).toMatchObject({ unitsHeld: 1 });

    await page.goto("/newsroom");
    const heldPanel = page.getByRole("region", { name: "1 unit held against the feed" });
    await expect(heldPanel).toContainText("Governor, Kentucky");
    if (shots) await heldPanel.screenshot({ path: join(shots, "dashboard-held.png") });
    await heldPanel.getByRole("link", { name: /^Boone/ }).click();

    const unit = page.getByRole("form", { name: /^Boone/ });
    const held = unit.getByRole("group", { name: "The AP feed's count" });
    await expect(held).toContainText(/^Feed \(AP, \d{1,2}:\d{2} [AP]M\): (?:(?:Bevin|Conway|Curtis) [\d,]+ · ){3}62 of 62 precincts/);
    await expect(held).toContainText(`Bevin (desk ${typed[bevinSlug]!.toLocaleString("en-US")})`);
    await held.scrollIntoViewIfNeeded();
    if (shots) await unit.screenshot({ path: join(shots, "held-unit.png") });

    await held.getByRole("button", { name: "Use the feed's count" }).click();
    await expect(unit.getByText(/^The feed's count is in \(version \d+\)$/)).toBeVisible();
    await expect(unit.getByRole("group", { name: "The AP feed's count" })).toHaveCount(0);
    await expect(unit.getByLabel("Matt Bevin")).toHaveValue(String(boone.votes[bevinSlug] + 40));
    // Like a save, the release updates its unit's form; the rest of the page on the next visit.
    await page.reload();
    await expect(page.getByRole("form", { name: /^Boone/ }).getByRole("group", { name: "The AP feed's count" })).toHaveCount(0);
    const history = page.getByRole("region", { name: "Count history" });
    await expect(history.getByRole("listitem").first()).toContainText("Feed correction (AP)");
    if (shots) await history.screenshot({ path: join(shots, "count-history.png") });

    await page.goto("/newsroom");
    await expect(page.getByRole("region", { name: /held against the feed/ })).toHaveCount(0);
  });
});
