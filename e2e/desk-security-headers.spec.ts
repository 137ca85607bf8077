// The Content-Security-Policy of the desk and of the pages the desk changes, in Chromium, signed in.
// Guards a security rule: desk pages, rendered per request, allow only their own scripts by a fresh
// nonce, and the desk still works under it: a tally saved through its server-action form reaches
// the reader page, which Next renders again with the hashes of its new scripts and the front door
// then serves. Runs with the live specs (playwright.config.ts), after the calls have published and
// withdrawn stories; it writes only to Demo County's Commission District 1, which no later spec reads.
import { expect, test } from "./openapi-check";
import { bearer } from "./api-keys";
import { expectHashesOfItsScripts, expectNonceOnItsScripts, hydrated, visitCachedPage, watchViolations } from "./content-security-policy";
import { STORAGE_STATE } from "./e2e-env";

const RACE = "demo-county-commission-district-1";

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("every desk page carries a fresh nonce and runs without a violation", async ({ page }) => {
    const violations = await watchViolations(page);
    const paths = [
      "/newsroom",
      `/newsroom/races/${RACE}`,
      `/newsroom/races/${RACE}/setup`,
      "/newsroom/elections/demo-county-2026-general",
      "/newsroom/elections/new",
      "/newsroom/candidates/frank-moreau",
      "/newsroom/stories",
      "/newsroom/stories/new",
      "/newsroom/import",
    ];
    const visit = async (path: string) => {
      const response = (await page.goto(path))!;
      expect(response.status(), path).toBe(200);
      await expectNonceOnItsScripts(response);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      await hydrated(page);
    };
    for (const path of paths) await visit(path);
    // And one story's page, from the list.
    await page.goto("/newsroom/stories");
    const story = await page.locator('main a[href^="/newsroom/stories/"]:not([href="/newsroom/stories/new"])').first().getAttribute("href");
    await visit(story!);
    // A desk address that does not exist gets the site's cached 404, with its hashes.
    const missing = (await page.goto("/newsroom/no-such-page"))!;
    expect(missing.status()).toBe(404);
    await expectHashesOfItsScripts(missing);
    await hydrated(page);
    expect(violations).toEqual([]);
  });

  test("a tally saved through the desk form shows on the reader page, rendered again under its new hashes", async ({ page }, testInfo) => {
    const violations = await watchViolations(page);
    // A retry saves other numbers than the first try, so that it too is a change.
    const moreau = (1204 + testInfo.retry).toLocaleString("en-US");
    await page.goto(`/newsroom/races/${RACE}`);
    const unit = page.getByRole("form", { name: /^Commission District 1/ });
    await unit.getByLabel("Precincts reporting").fill("4");
    await unit.getByLabel("Frank Moreau").fill(moreau);
    await unit.getByLabel("Grace Lindqvist").fill("987");
    await unit.getByRole("button", { name: "Save Commission District 1" }).click();
    await expect(unit.getByText(/^Saved \(version \d+\)$/)).toBeVisible();

    const rendered = await visitCachedPage(page, `/races/${RACE}`, {
      scriptsRan: (reader) => expect(reader.getByRole("img", { name: /Bar chart of vote share/ }).locator("svg.chart-surface")).toBeVisible(),
    });
    // The write dropped the cached page: Next rendered it for this visit.
    expect(rendered.headers()["x-nextjs-cache"]).toBe("MISS");
    await expect(page.getByRole("table", { name: /^Results/ }).getByRole("row", { name: /Frank Moreau/ })).toContainText(moreau);
    expect(violations).toEqual([]);
  });

  test("a candidate photo at another site's https address is shown", async ({ page }) => {
    const violations = await watchViolations(page);
    const photoUrl = "https://photos.example.org/frank-moreau.png";
    const set = await page.request.patch("/api/v1/candidates/frank-moreau", { headers: bearer("editor"), data: { photoUrl } });
    expect(set.status()).toBe(200);
    // The test network has no other sites: the browser's request, made only if the policy allows
    // it, is answered here with a 1×1 PNG.
    const pixel = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
    await page.route(photoUrl, (route) => route.fulfill({ body: pixel, contentType: "image/png" }));

    await page.goto("/candidates/frank-moreau");
    const photo = page.locator(`img[src="${photoUrl}"]`).first();
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
    expect(violations).toEqual([]);
  });

  test("a published story and a withdrawn one allow exactly their scripts", async ({ page }) => {
    const violations = await watchViolations(page);
    await visitCachedPage(page, "/stories/treasurer-heads-to-a-runoff", {
      scriptsRan: (reader) => expect(reader.getByRole("heading", { level: 1, name: "Treasurer heads to a runoff" })).toBeVisible(),
    });
    await visitCachedPage(page, "/stories/archibong-holds-district-5", {
      scriptsRan: (reader) => expect(reader.getByRole("heading", { level: 1, name: "This story has been withdrawn." })).toBeVisible(),
    });
    expect(violations).toEqual([]);
  });
});

test.describe("as admin", () => {
  test.use({ storageState: STORAGE_STATE("admin") });

  test("the accounts page carries a fresh nonce and runs without a violation", async ({ page }) => {
    const violations = await watchViolations(page);
    const response = (await page.goto("/newsroom/admin"))!;
    await expectNonceOnItsScripts(response);
    await expect(page.getByRole("heading", { level: 1, name: "Accounts and API keys" })).toBeVisible();
    await hydrated(page);
    expect(violations).toEqual([]);
  });
});
