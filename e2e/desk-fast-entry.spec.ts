// Fast entry on the race desk (issue 15): a staff member works down the units with the keyboard,
// jumps to a unit by name, lists the shortcuts with `?`, sees each number's change and a warning
// before saving, and is asked before leaving with numbers typed and not saved. Each test counts a
// race of its own, so no other spec's numbers move it.
import type { APIRequestContext, Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { seriousViolations } from "./axe";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("staff") });

const SAVED = {
  "north-ward": { ada: 300, ben: 250 },
  riverside: { ada: 400, ben: 380 },
  "old-town": { ada: 200, ben: 210 },
};

/** Three wards counted in part: Ada Lovell and Ben Ortiz neck and neck. */
async function wardsRace(request: APIRequestContext) {
  const stamp = Date.now().toString(36);
  const editor = { headers: bearer("editor") };
  const election = await request.post("/api/v1/elections", { ...editor, data: { name: `Fast entry night ${stamp}`, date: "2026-11-03", jurisdiction: "Millbrook (fictional)" } });
  expect(election.status()).toBe(201);
  const created = await request.post(`/api/v1/elections/${(await election.json()).slug}/races`, {
    ...editor,
    data: {
      office: "Millbrook Council",
      seat: `Seat ${stamp}`,
      rule: { kind: "plurality" },
      candidates: [{ name: "Ada Lovell" }, { name: "Ben Ortiz" }],
      units: [
        { name: "North Ward", slug: "north-ward", precinctsTotal: 5 },
        { name: "Riverside", slug: "riverside", precinctsTotal: 5 },
        { name: "Old Town", slug: "old-town", precinctsTotal: 5 },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const race = (await created.json()) as { slug: string; units: { slug: keyof typeof SAVED; version: number }[]; candidates: { slug: string; name: string }[] };
  const ada = race.candidates.find((c) => c.name === "Ada Lovell")!.slug;
  const ben = race.candidates.find((c) => c.name === "Ben Ortiz")!.slug;
  for (const unit of race.units) {
    const votes = SAVED[unit.slug];
    const put = await request.put(`/api/v1/races/${race.slug}/units/${unit.slug}`, {
      headers: bearer("staff"),
      data: { version: unit.version, precinctsReporting: 2, votes: { [ada]: votes.ada, [ben]: votes.ben } },
    });
    expect(put.status()).toBe(200);
  }
  return { slug: race.slug, ada, ben };
}

const unitForm = (page: Page, unit: string) => page.getByRole("form", { name: new RegExp(`^${unit}`) });

test("Ctrl+Enter saves a unit and goes to the next; Enter in the last field does too; readers get the numbers", async ({ page, checkApi }) => {
  const race = await wardsRace(page.request);
  await page.goto(`/newsroom/races/${race.slug}`);
  const north = unitForm(page, "North Ward");
  const riverside = unitForm(page, "Riverside");

  await north.getByLabel("Precincts reporting").fill("3");
  await north.getByLabel("Ada Lovell").fill("338");
  await north.getByLabel("Ada Lovell").press("Control+Enter");
  await expect(north.getByText(/^Saved \(version \d+\)$/)).toBeVisible();
  await expect(riverside.getByLabel("Precincts reporting")).toBeFocused();
  // The saved numbers stay in the form, with no change left to show.
  await expect(north.getByLabel("Ada Lovell")).toHaveValue("338");
  await expect(north.getByText("+38")).toHaveCount(0);

  await page.keyboard.type("4");
  await riverside.getByLabel("Ben Ortiz").fill("401");
  await riverside.getByLabel("Ben Ortiz").press("Enter");
  await expect(riverside.getByText(/^Saved \(version \d+\)$/)).toBeVisible();
  await expect(unitForm(page, "Old Town").getByLabel("Precincts reporting")).toBeFocused();

  const json = await (await checkApi(page.request).get(`/api/v1/races/${race.slug}`)).json();
  const unit = (slug: string) => json.units.find((u: { slug: string }) => u.slug === slug);
  expect(unit("north-ward")).toMatchObject({ precinctsReporting: 3, votes: { [race.ada]: 338, [race.ben]: 250 } });
  expect(unit("riverside")).toMatchObject({ precinctsReporting: 4, votes: { [race.ada]: 400, [race.ben]: 401 } });
});

test("a unit is found by part of its name, and the letter keys do not take a field's typing", async ({ page }) => {
  const race = await wardsRace(page.request);
  await page.goto(`/newsroom/races/${race.slug}`);
  await page.getByRole("heading", { name: "Tallies by reporting unit" }).click();
  await page.keyboard.press("g");
  const goTo = page.getByRole("searchbox", { name: "Go to unit" });
  await expect(goTo).toBeFocused();
  await page.keyboard.type("old");
  await expect(page.getByText("Enter goes to Old Town")).toBeVisible();
  await page.keyboard.press("Enter");
  const oldTown = unitForm(page, "Old Town");
  await expect(oldTown.getByLabel("Precincts reporting")).toBeFocused();

  // In a field, `g`, `/` and `?` are typing: they land in the field (and are refused there on save).
  await page.keyboard.type("g/?");
  await expect(oldTown.getByLabel("Precincts reporting")).toHaveValue("g/?");
  await expect(goTo).not.toBeFocused();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.getByRole("heading", { name: "Tallies by reporting unit" }).click();
  await page.keyboard.press("/");
  await page.keyboard.type("river");
  await page.keyboard.press("Enter");
  await expect(unitForm(page, "Riverside").getByLabel("Precincts reporting")).toBeFocused();

  await goTo.fill("nowhere");
  await goTo.press("Enter");
  await expect(page.getByText("No unit matches “nowhere”")).toBeVisible();
});

test("? lists the shortcuts in a dialog that Escape closes, giving focus back", async ({ page }) => {
  const race = await wardsRace(page.request);
  await page.goto(`/newsroom/races/${race.slug}`);
  await expect(page.getByText("Press ? for shortcuts")).toBeVisible();
  const save = page.getByRole("button", { name: "Save Riverside" });
  await save.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Save this unit and go to the next/ })).toContainText("Ctrl+Enter");
  await expect(dialog.getByRole("row", { name: /Go to a unit/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(save).toBeFocused();

  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("each count shows its change as it is typed, and a total above the ballots is warned before saving", async ({ page }) => {
  const race = await wardsRace(page.request);
  await page.goto(`/newsroom/races/${race.slug}`);
  const north = unitForm(page, "North Ward");
  await north.getByLabel("Ada Lovell").fill("338");
  await expect(north.getByText("+38")).toBeVisible();
  await expect(north.getByLabel("Ada Lovell")).toHaveAccessibleDescription("38 more than the saved 300");
  await north.getByLabel("Ben Ortiz").fill("238");
  await expect(north.getByText("−12")).toBeVisible();
  await expect(north.getByLabel("Ben Ortiz")).toHaveAccessibleDescription(/^12 fewer than the saved 250 Ben Ortiz goes down from 250: save it as a correction$/);

  await north.getByLabel("Ben Ortiz").fill("250");
  await north.getByLabel("Ballots cast").fill("500");
  // 338 + 250 = 588 votes on 500 ballots.
  const warning = "588 votes is more than 500 ballots cast allow";
  await expect(north.getByLabel("Ballots cast")).toHaveAccessibleDescription(warning);
  await expect(north.getByRole("status").filter({ hasText: "1 warning" })).toContainText(warning);

  // A share swing on a count this size: 300 of 550 to 3,000 of 3,250.
  await north.getByLabel("Ballots cast").fill("");
  await north.getByLabel("Ada Lovell").fill("3000");
  await expect(north.getByRole("status").filter({ hasText: "1 warning" })).toContainText("Ada Lovell's share would move from 54.5% to 92.3%");
  await north.getByLabel("Ada Lovell").fill("300");
  await expect(north.getByRole("status")).toHaveText("");
});

test("leaving with unsaved numbers asks first: staying keeps them, leaving leaves", async ({ page }) => {
  const race = await wardsRace(page.request);
  await page.goto(`/newsroom/races/${race.slug}`);
  const ada = unitForm(page, "Riverside").getByLabel("Ada Lovell");
  await ada.click();
  await ada.fill("444");

  await test.step("a link on the desk: dismissing stays, accepting follows it", async () => {
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" }).click();
    await expect.poll(() => asked).toEqual(["confirm"]);
    await expect(page).toHaveURL(new RegExp(`/newsroom/races/${race.slug}$`));
    await expect(ada).toHaveValue("444");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/newsroom$/);
  });

  await test.step("closing or reloading the tab: dismissing stays, accepting reloads", async () => {
    await page.goto(`/newsroom/races/${race.slug}`);
    await ada.click();
    await ada.fill("444");
    const closing = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await closing;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    await expect(ada).toHaveValue("444");

    page.once("dialog", (d) => void d.accept());
    await page.reload();
    await expect(ada).toHaveValue("400");
  });

  await test.step("with nothing typed, nothing is asked", async () => {
    let asked = false;
    page.on("dialog", (d) => {
      asked = true;
      void d.dismiss();
    });
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/newsroom$/);
    expect(asked).toBe(false);
  });
});
