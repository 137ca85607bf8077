// Embeds, sharing and the framing policy. The framing tests guard an access rule: only /embed/*
// may be shown inside another site's iframe; every other page refuses (clickjacking), so a change
// to next.config.js's headers that lets /races/* be framed, or stops the embed from being
// framed, fails here.
import { DISTRICT_5, E2E_PORT } from "./e2e-env";
import { expect, test } from "./openapi-check";

const EMBED = `/embed/races/${DISTRICT_5}`;
const RACE = `/races/${DISTRICT_5}`;
const appUrl = (path: string) => `http://127.0.0.1:${E2E_PORT}${path}`;

test("the embed shows both District 5 candidates, the margin, the status and a link back", async ({ page }) => {
  const response = await page.goto(EMBED);
  expect(response?.status()).toBe(200);
  const results = page.getByRole("table", { name: /^Results/ });
  await expect(results.getByRole("row", { name: /Natalyn Archibong/ })).toContainText("5,010");
  await expect(results.getByRole("row", { name: /Liliana Bakhtiari/ })).toContainText("4,758");
  await expect(page.getByText("Archibong leads by 252 votes, 2.6 points")).toBeVisible();
  await expect(page.getByText("Not yet called")).toBeVisible();
  await expect(page.getByText(/100% of precincts reporting/)).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("Demo data");
  // No reader-site chrome: no masthead, no long demo banner.
  await expect(page.getByRole("link", { name: "Election Results" })).toHaveCount(0);
  const back = page.getByRole("link", { name: /Full results/ });
  await expect(back).toHaveAttribute("href", RACE);
  await expect(back).toHaveAttribute("target", "_top");
});

test("an unknown embed answers 404", async ({ page }) => {
  const response = await page.goto("/embed/races/no-such-race");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Race not found" })).toBeVisible();
});

test("only embeds may be framed: the headers say so", async ({ request }) => {
  const embed = await request.get(EMBED);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  for (const path of [RACE, "/", "/sign-in", "/embeds"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("the race page carries Open Graph and Twitter card tags and a PNG preview", async ({ page, request }) => {
  await page.goto(RACE);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Atlanta City Council, District 5");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /252 votes.*Not yet called/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(imageUrl).toContain(`${RACE}/opengraph-image`);
  expect(new URL(imageUrl!).origin).toBe(appUrl(""));
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /opengraph-image/);

  const image = await request.get(imageUrl!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("the race page offers the embed code", async ({ page }) => {
  await page.goto(RACE);
  await expect(page.getByRole("heading", { name: "Embed this race" })).toBeVisible();
  const code = page.getByRole("textbox", { name: /Copy this code/ });
  await expect(code).toHaveAttribute("readonly", "");
  await expect(code).toHaveValue(
    `<iframe src="${appUrl(EMBED)}" title="Atlanta City Council, District 5: live results" width="100%" height="420" style="border:0" loading="lazy"></iframe>`,
  );
});
