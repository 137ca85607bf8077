// The Content-Security-Policy of the reader pages, in Chromium. Guards a security rule: every page
// allows only this site's scripts and its own inline scripts (a cached page by their hashes, a page
// rendered per request by a nonce), and no page breaks under its policy: a cached page served by
// Next and the same page served again by the front door run with zero violations, and the live
// pages' event streams, the charts and the sign-in form still work. A policy that lets any inline
// script run, or one that blocks the page's own scripts or their streams, fails here.
import type { Page } from "@playwright/test";
import { expect, test } from "./openapi-check";
import { expectHashesOfItsScripts, expectNonceOnItsScripts, hydrated, opensStream, visitCachedPage, watchViolations } from "./content-security-policy";
import { DISTRICT_5 } from "./e2e-env";

const ELECTION = "demo-county-2026-general";

/** The not-found page's scripts fetch the election list it offers. */
const offersElections = (page: Page) => expect(page.getByRole("link", { name: "Demo County general election" })).toBeVisible();

const CACHED_PAGES = [
  {
    path: `/races/${DISTRICT_5}`,
    stream: `/api/v1/races/${DISTRICT_5}`,
    scriptsRan: async (page: Page) => {
      await expect(page.getByRole("img", { name: /Bar chart of vote share/ }).locator("svg.chart-surface")).toBeVisible();
    },
  },
  { path: `/elections/${ELECTION}`, stream: `/api/v1/elections/${ELECTION}` },
  { path: `/embed/races/${DISTRICT_5}`, framable: true, stream: `/api/v1/races/${DISTRICT_5}` },
  // Drafts are not public: the story route answers with its cached 404 page.
  { path: "/stories/bakhtiari-unseats-archibong-in-district-5", status: 404, scriptsRan: offersElections },
  { path: "/races/no-such-race", status: 404, scriptsRan: offersElections },
  { path: "/embed/races/no-such-race", status: 404, framable: true },
];

for (const { path, ...expected } of CACHED_PAGES) {
  test(`${path} allows exactly its inline scripts, served by Next and again by the front door`, async ({ page }) => {
    const violations = await watchViolations(page);
    await visitCachedPage(page, path, expected);
    expect(violations).toEqual([]);
  });
}

test("a page nobody asked for yet is rendered by Next with the hashes of its scripts", async ({ page }) => {
  const violations = await watchViolations(page);
  const response = (await page.goto(`/races/no-race-${Date.now()}`))!;
  expect(response.status()).toBe(404);
  expect(response.headers()["x-nextjs-cache"]).toBe("MISS");
  await expectHashesOfItsScripts(response);
  await hydrated(page);
  await offersElections(page);
  expect(violations).toEqual([]);
});

test("the site-wide 404, cached by Next, allows exactly its scripts", async ({ page }) => {
  const violations = await watchViolations(page);
  for (let visit = 0; visit < 2; visit++) {
    const response = (await page.goto("/no-such-page"))!;
    expect(response.status()).toBe(404);
    await expectHashesOfItsScripts(response);
    await hydrated(page);
    await offersElections(page);
  }
  expect(violations).toEqual([]);
});

test("pages rendered per request carry a fresh nonce, stamped on their scripts", async ({ page }) => {
  const violations = await watchViolations(page);
  const pages = [
    { path: "/", stream: `/api/v1/elections/${ELECTION}` },
    { path: "/candidates/liliana-bakhtiari" },
    { path: "/sign-in" },
  ];
  for (const { path, stream } of pages) {
    const nonces = new Set<string>();
    for (let visit = 0; visit < 2; visit++) {
      const streamed = stream ? opensStream(page, stream) : null;
      const response = (await page.goto(path))!;
      expect(response.status(), path).toBe(200);
      expect(response.headers()["strict-transport-security"], "no HSTS while PUBLIC_URL is http").toBeUndefined();
      nonces.add(await expectNonceOnItsScripts(response));
      await hydrated(page);
      await streamed;
    }
    expect(nonces.size, path).toBe(2);
  }
  expect(violations).toEqual([]);
});

test("the sign-in form, a server action, answers under the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/sign-in");
  await hydrated(page);
  // An address with no account: a refusal, which locks no demo account out.
  await page.getByLabel("Email").fill("nobody@csp-check.example");
  await page.getByLabel("Password").fill("not-a-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  expect(violations).toEqual([]);
});
