// A unit's history and "Undo last save" on the race desk: the desk saves twice, sees both saves in
// the unit's history (who, from → to), undoes the last after a confirmation that names it, and the
// history shows the undo while the reader JSON is back at the first save's numbers.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const unitForm = (page: Page, unit: string) => page.getByRole("form", { name: new RegExp(`^${unit}`) });

test.use({ storageState: STORAGE_STATE("staff") });

test("save, see the history, undo the last save, and readers see the count before it", async ({ page, request }) => {
  // A race of this spec's own, so the other desk specs running beside it cannot move its numbers.
  const id = randomUUID().slice(0, 8);
  const slug = `undo-spec-${id}`;
  const created = await request.post("/api/v1/elections/demo-county-2026-general/races", {
    headers: bearer("editor"),
    data: {
      slug,
      office: "Water Board",
      seat: `Seat ${id}`,
      rule: { kind: "plurality" },
      candidates: [
        { name: "Teodora Vance", slug: `teodora-vance-${id}` },
        { name: "Malik Osei", slug: `malik-osei-${id}` },
      ],
      units: [{ name: "North Ward", slug: "north", precinctsTotal: 4 }],
    },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/newsroom/races/${slug}`);
  const north = unitForm(page, "North Ward");
  await north.getByLabel("Precincts reporting").fill("2");
  await north.getByLabel("Teodora Vance").fill("1200");
  await north.getByLabel("Malik Osei").fill("900");
  await north.getByRole("button", { name: "Save North Ward" }).click();
  await expect(north.getByText("Saved (version 1)")).toBeVisible();
  await north.getByLabel("Precincts reporting").fill("3");
  await north.getByLabel("Teodora Vance").fill("1500");
  await north.getByRole("button", { name: "Save North Ward" }).click();
  await expect(north.getByText("Saved (version 2)")).toBeVisible();

  const history = page.locator("details", { has: page.getByText("History of North Ward") });
  await history.getByText("History of North Ward").click();
  const saves = history.getByRole("listitem");
  await expect(saves).toHaveCount(2);
  await expect(saves.first()).toContainText("Desk entry");
  await expect(saves.first()).toContainText("by Sam Staff (demo)");
  await expect(saves.first()).toContainText("Vance 1,200 → 1,500 · precincts 2 → 3");
  await expect(saves.nth(1)).toContainText("Vance 0 → 1,200 · Osei 0 → 900 · precincts 0 → 2");

  await history.getByRole("button", { name: "Undo last save" }).click();
  const confirm = history.getByRole("alertdialog", { name: "Undo the last save?" });
  await expect(confirm).toContainText(/Undo Sam Staff \(demo\)'s save at .+\? It goes back to: Vance 1,500 → 1,200 · precincts 3 → 2\./);
  await confirm.getByRole("button", { name: "Undo it" }).click();
  await expect(history.getByText("Undone: Sam Staff (demo)'s save is reverted (now version 3).")).toBeVisible();

  await expect(saves).toHaveCount(3);
  await expect(saves.first()).toContainText(/Undo of Sam Staff \(demo\)'s save at /);
  await expect(saves.first()).toContainText("Vance 1,500 → 1,200 · precincts 3 → 2");
  // The unit's form takes the numbers the undo wrote.
  await expect(north.getByLabel("Teodora Vance")).toHaveValue("1200");

  const race = await (await request.get(`/api/v1/races/${slug}`)).json();
  expect(race.units[0]).toMatchObject({ version: 3, precinctsReporting: 2, votes: { [`teodora-vance-${id}`]: 1200, [`malik-osei-${id}`]: 900 } });
});

test("an undo of a save the caller did not see is refused with 409", async ({ request }) => {
  const race = await (await request.get("/api/v1/races/demo-county-clerk")).json();
  const unit = race.units[0];
  const stale = await request.post(`/api/v1/races/demo-county-clerk/units/${unit.slug}/undo`, { headers: bearer("staff"), data: { expectedVersion: unit.version + 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("version_conflict");
});
