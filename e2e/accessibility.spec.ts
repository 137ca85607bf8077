import AxeBuilder from "@axe-core/playwright";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const readerPages = [
  "/",
  "/elections/atlanta-2017-general",
  "/elections/demo-county-2026-general",
  `/races/${DISTRICT_5}`,
  "/races/demo-county-school-board-at-large",
  "/races/demo-county-commission-district-1",
  "/candidates/natalyn-archibong",
  "/races/no-such-race",
  `/embed/races/${DISTRICT_5}`,
];

for (const path of readerPages) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
