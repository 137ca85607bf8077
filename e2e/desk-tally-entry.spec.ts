import type { Page } from "@playwright/test";
import { DISTRICT_5, STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const unitForm = (page: Page, unit: string) => page.getByRole("form", { name: new RegExp(`^${unit}`) });

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  test("a staff member enters a batch for District 5 and the reader page changes", async ({ page }) => {
    await page.goto(`/newsroom/races/${DISTRICT_5}`);
    const dekalb = unitForm(page, "DeKalb County");
    await dekalb.getByLabel("Liliana Bakhtiari").fill("1,300");
    await dekalb.getByRole("button", { name: "Save DeKalb County" }).click();
    await expect(dekalb.getByText(/^Saved \(version \d+\)$/)).toBeVisible();

    await page.goto(`/races/${DISTRICT_5}`);
    await expect(page.getByRole("table", { name: /^Results/ }).getByRole("row", { name: /Liliana Bakhtiari/ })).toContainText("4,861");
    await expect(page.getByText("Archibong leads by 149 votes, 1.5 points")).toBeVisible();
  });

  test("an impossible count is refused on its field and nothing is saved", async ({ page }) => {
    await page.goto(`/newsroom/races/${DISTRICT_5}`);
    const fulton = unitForm(page, "Fulton County");
    await fulton.getByLabel("Precincts reporting").fill("23");
    await fulton.getByLabel("Natalyn Archibong").fill("-5");
    await fulton.getByRole("button", { name: "Save Fulton County" }).click();
    await expect(fulton.getByLabel("Precincts reporting")).toHaveAccessibleDescription("cannot be more than the unit's 22 precincts");
    await expect(fulton.getByLabel("Natalyn Archibong")).toHaveAttribute("aria-invalid", "true");
    await expect(fulton.getByLabel("Natalyn Archibong")).toHaveAccessibleDescription("must be a whole number of votes, 0 or more");
    // What the desk typed is still there to fix.
    await expect(fulton.getByLabel("Precincts reporting")).toHaveValue("23");
    const race = await (await page.request.get(`/api/v1/races/${DISTRICT_5}`)).json();
    expect(race.units[0]).toMatchObject({ slug: "fulton", precinctsReporting: 22, votes: { "natalyn-archibong": 3412 } });
  });

  test("two desks on one unit: the second sees both sets of numbers, loses nothing, and can re-apply", async ({ browser, checkApi }) => {
    const desks = await Promise.all([0, 1].map(() => browser.newContext({ storageState: STORAGE_STATE("staff") })));
    const [first, second] = await Promise.all(desks.map((context) => context.newPage()));
    for (const page of [first!, second!]) await page.goto("/newsroom/races/demo-county-sheriff");
    // New numbers on top of whatever is saved, so a retry on the same database changes something too.
    const before = await (await checkApi(first!.request).get("/api/v1/races/demo-county-sheriff")).json();
    const saved = before.units.find((u: { slug: string }) => u.slug === "district-2").votes;
    const bell = String(saved["marcus-bell"] + 100);
    const kowalski = String(saved["dana-kowalski"] + 100);

    // The second desk is typing when the first one saves. (The desk is live: had the second desk
    // typed nothing yet, its form would simply take the first desk's numbers, and nothing conflicts.)
    const secondForm = unitForm(second!, "Commission District 2");
    await secondForm.getByLabel("Dana Kowalski").fill(kowalski);

    const firstForm = unitForm(first!, "Commission District 2");
    await firstForm.getByLabel("Marcus Bell").fill(bell);
    await firstForm.getByRole("button", { name: "Save Commission District 2" }).click();
    await expect(firstForm.getByText(/^Saved \(version/)).toBeVisible();

    await secondForm.getByRole("button", { name: "Save Commission District 2" }).click();
    const conflict = secondForm.getByRole("alert");
    await expect(conflict).toContainText("Someone else saved Commission District 2 first");
    await expect(conflict.getByRole("row", { name: /Marcus Bell/ })).toContainText(`${bell}unchanged`);
    await expect(secondForm.getByLabel("Dana Kowalski")).toHaveValue(kowalski);

    await conflict.getByRole("button", { name: "Re-apply my numbers" }).click();
    await expect(secondForm.getByText(/^Saved \(version/)).toBeVisible();
    const race = await (await checkApi(second!.request).get("/api/v1/races/demo-county-sheriff")).json();
    const unit = race.units.find((u: { slug: string }) => u.slug === "district-2");
    // Both desks' numbers stand: re-applying sent only the field the second desk changed.
    expect(unit.votes).toMatchObject({ "marcus-bell": Number(bell), "dana-kowalski": Number(kowalski) });
    await Promise.all(desks.map((context) => context.close()));
  });
});

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fnewsroom$/);
  await expect(page.getByRole("heading", { name: "Sign in to the results desk" })).toBeVisible();
});

test("a wrong password is refused with a message and audited", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("staff@demo.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});
