// Jane, the second demo editor, confirms the close call waiting on a race's desk (issue 15): specs
// whose calls fall inside a recount band, or go ahead over another warning, need her to take effect.
import { expect, type Browser } from "@playwright/test";
import { STORAGE_STATE } from "./e2e-env";

export async function confirmAsSecondEditor(browser: Browser, raceSlug: string): Promise<void> {
  const context = await browser.newContext({ storageState: STORAGE_STATE("second-editor") });
  try {
    const page = await context.newPage();
    await page.goto(`/newsroom/races/${raceSlug}`);
    await page.getByRole("region", { name: "Waiting for a second editor" }).getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("region", { name: "Call history" })).toContainText("confirmed by Jane Editor (demo)");
  } finally {
    await context.close();
  }
}
