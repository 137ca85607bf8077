import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.describe("as admin", () => {
  test.use({ storageState: STORAGE_STATE("admin") });

  test("an admin creates a staff account whose one-time password signs in", async ({ page, browser }) => {
    await page.goto("/newsroom/admin");
    const form = page.getByRole("region", { name: "New account" });
    await form.getByLabel("Name").fill("Nina Night-shift");
    await form.getByLabel("Email").fill("nina@example.org");
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("Created staff nina@example.org")).toBeVisible();
    const password = await form.locator("code.secret").textContent();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const fresh = await context.newPage();
    await fresh.goto("/sign-in");
    await fresh.getByLabel("Email").fill("nina@example.org");
    await fresh.getByLabel("Password").fill(password!);
    await fresh.getByRole("button", { name: "Sign in" }).click();
    await expect(fresh.getByText("Nina Night-shift · staff")).toBeVisible();
    await context.close();
  });
});

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  // Guards the admin-only pages: an editor sees no link and is refused on the page itself.
  test("an editor cannot manage accounts", async ({ page }) => {
    await page.goto("/newsroom");
    await expect(page.getByRole("link", { name: "Accounts" })).toHaveCount(0);
    await page.goto("/newsroom/admin");
    await expect(page.getByRole("alert").filter({ hasText: "Your role does not allow you to manage users." })).toBeVisible();
  });
});
