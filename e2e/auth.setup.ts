// Signs in once per role through the real sign-in page and keeps the session for the desk specs.
import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS } from "../lib/domain/demo-users";
import { STORAGE_STATE } from "./e2e-env";

for (const user of DEMO_USERS) {
  setup(`sign in as ${user.key}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Desk" })).toBeVisible();
    await expect(page.getByText(`${user.name} · ${user.role}`)).toBeVisible();
    await page.context().storageState({ path: STORAGE_STATE(user.key) });
  });
}
