// Guards the desk's promise that nothing unpublished leaks: a draft planted with a unique canary
// headline and body must not appear in any desk page's answer (the HTML, or the RSC payload Next's
// router asks for) to an anonymous caller, to a banned editor's still-live session, or to staff on
// the pages staff may not use. The pages are found by walking app/(newsroom)/newsroom, so a new desk
// page is covered without editing this spec (an unknown route parameter fails it instead).
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { bearer } from "./api-keys";
import { deskPaths } from "./desk-routes";
import { BANNED_COOKIE_FILE, STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

const RACE = "demo-county-clerk";
const CANARY = `canary-${Date.now().toString(36)}`;

// What Next's client router sends for a navigation and for a prefetch: the answer is the RSC payload.
const VARIANTS: Record<string, Record<string, string>> = {
  html: {},
  rsc: { RSC: "1" },
  "rsc prefetch": { RSC: "1", "Next-Router-Prefetch": "1" },
};

let paths: string[] = [];

test.beforeAll(async ({ request }) => {
  const race = await (await request.get(`/api/v1/races/${RACE}`)).json();
  const created = await request.post("/api/v1/stories", {
    headers: bearer("editor"),
    data: { raceSlug: RACE, headline: `Headline ${CANARY}`, body: `Body ${CANARY}`, expects: { kind: "winner", candidate: race.candidates[0].slug } },
  });
  expect(created.status()).toBe(201);
  const story = await created.json();
  paths = deskPaths({
    "stories/id": story.id,
    "races/slug": RACE,
    "elections/slug": race.election.slug,
    "candidates/slug": race.candidates[0].slug,
  });
});

async function expectNoCanary(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  for (const [variant, extra] of Object.entries(VARIANTS)) {
    const response = await request.get(path, { headers: { ...headers, ...extra }, maxRedirects: 0 });
    expect(await response.text(), `${variant} ${path} (${response.status()})`).not.toContain(CANARY);
  }
}

test("the walk finds every desk page, story pages included", () => {
  expect(paths.length).toBeGreaterThan(8);
  expect(paths).toEqual(expect.arrayContaining(["/newsroom", "/newsroom/stories", expect.stringMatching(/^\/newsroom\/stories\/[^/[]+$/)]));
});

test("anonymous callers get a redirect to sign-in from every desk page, and no canary", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of paths) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/\/sign-in\?next=/);
    await expectNoCanary(anonymous, path);
  }
  await anonymous.dispose();
});

test("a banned editor's live session sees no desk page and no canary", async ({ playwright, baseURL }) => {
  const banned = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: readFileSync(BANNED_COOKIE_FILE, "utf8") } });
  for (const path of paths) {
    const response = await banned.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    await expectNoCanary(banned, path);
  }
  await banned.dispose();
});

test("staff see the desk but not the stories, and no canary anywhere", async ({ playwright, baseURL }) => {
  const staff = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE("staff") });
  for (const path of paths) await expectNoCanary(staff, path);
  const stories = await staff.get("/newsroom/stories");
  expect(await stories.text()).toContain("Not available to your role");
  expect(await (await staff.get("/newsroom")).text()).toContain("Needs attention");
  await staff.dispose();
});

test("editors do see the draft, so the canary would be found if it leaked", async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE("editor") });
  const list = await editor.get("/newsroom/stories");
  expect(await list.text()).toContain(CANARY);
  const storyPath = paths.find((p) => /^\/newsroom\/stories\/(?!new$)[^/]+$/.test(p))!;
  expect(await (await editor.get(storyPath)).text()).toContain(`Body ${CANARY}`);
  await editor.dispose();
});
