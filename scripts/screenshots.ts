// `npm run screenshots`: pictures of every reader page and every desk page at phone (375 px) and
// desktop (1280 px) widths, for a person to look at before a change lands. Needs a running server
// with the demo data (BASE_URL, default http://127.0.0.1:3000); writes `<width>-<name>.png` into
// SCREENSHOT_DIR (default test-results/screenshots) and prints each file.
//
// The pages are found, not listed by hand: the race pages of every race of every election (from the
// public JSON), a candidate, a story, search, an embed and a 404 for readers; the desk's pages as the
// demo editor sees them (found from the desk's own links), and the accounts and webhooks pages as
// the demo admin, who alone may open them. A story's reader page needs a published (or withdrawn)
// story: the demo data has none until an editor publishes one, and the list says when it was left out.
// Paths given as arguments are shot instead, as a reader: `npm run screenshots -- /races/x /search`.
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_USERS } from "../lib/domain/demo-users";

const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const outDir = process.env.SCREENSHOT_DIR ?? "test-results/screenshots";
const WIDTHS = [375, 1280] as const;

interface Shot {
  /** The file's name after the width: "race-atlanta-2017-council-district-5". */
  name: string;
  path: string;
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(baseUrl + path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: is the server running at ${baseUrl}?`);
  return (await response.json()) as T;
}

/** Every reader page, the races of every election among them. */
async function readerShots(): Promise<Shot[]> {
  const { elections } = await json<{ elections: { slug: string }[] }>("/api/v1/elections");
  const races = (await Promise.all(elections.map((e) => json<{ races: { slug: string }[] }>(`/api/v1/elections/${e.slug}`)))).flatMap((e) => e.races);
  const firstRace = races[0]?.slug;
  const candidate = firstRace ? (await json<{ candidates: { slug: string }[] }>(`/api/v1/races/${firstRace}`)).candidates[0]?.slug : undefined;
  return [
    { name: "home", path: "/" },
    ...elections.map((e) => ({ name: `election-${e.slug}`, path: `/elections/${e.slug}` })),
    ...races.map((r) => ({ name: `race-${r.slug}`, path: `/races/${r.slug}` })),
    ...(candidate ? [{ name: `candidate-${candidate}`, path: `/candidates/${candidate}` }] : []),
    ...(firstRace ? [{ name: `embed-${firstRace}`, path: `/embed/races/${firstRace}` }] : []),
    { name: "search", path: "/search?q=district" },
    { name: "not-found", path: "/races/no-such-race" },
    { name: "sign-in", path: "/sign-in" },
  ];
}

async function signedIn(browser: Browser, key: string): Promise<BrowserContext> {
  const user = DEMO_USERS.find((u) => u.key === key)!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/newsroom"));
  await page.close();
  return context;
}

/** The first link on a desk page whose address matches, as a path. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(baseUrl + path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href));
}

/** The desk's pages as the editor sees them, found from its own links; and a published story, if any. */
async function deskShots(editor: BrowserContext): Promise<{ desk: Shot[]; story?: Shot }> {
  const page = await editor.newPage();
  const race = await firstLink(page, "/newsroom", /^\/newsroom\/races\/[^/]+$/);
  const election = race && (await firstLink(page, race, /^\/newsroom\/elections\/[^/]+$/));
  const storyDesk = await firstLink(page, "/newsroom/stories", /^\/newsroom\/stories\/(?!new$)[^/]+$/);
  const storyPage = await firstLink(page, "/newsroom/stories", /^\/stories\/[^/]+$/);
  const candidate = race && (await firstLink(page, `${race}/setup`, /^\/newsroom\/candidates\/[^/]+$/));
  await page.close();
  const maybe = (name: string, path: string | undefined | false) => (path ? [{ name, path }] : []);
  return {
    desk: [
      { name: "desk-dashboard", path: "/newsroom" },
      ...maybe("desk-race", race),
      ...maybe("desk-race-setup", race && `${race}/setup`),
      ...maybe("desk-election-setup", election),
      { name: "desk-new-election", path: "/newsroom/elections/new" },
      ...maybe("desk-feeds", election && `${election}/feeds`),
      ...maybe("desk-feed-import", election && `${election}/feed-import`),
      ...maybe("desk-map-layer", election && `${election}/map-layer`),
      { name: "desk-csv-import", path: "/newsroom/import" },
      ...maybe("desk-candidate", candidate),
      { name: "desk-stories", path: "/newsroom/stories" },
      ...maybe("desk-story", storyDesk),
      { name: "desk-new-story", path: "/newsroom/stories/new" },
    ],
    story: storyPage ? { name: `story-${storyPage.split("/").pop()}`, path: storyPage } : undefined,
  };
}

const ADMIN_SHOTS: Shot[] = [
  { name: "desk-accounts", path: "/newsroom/admin" },
  { name: "desk-webhooks", path: "/newsroom/webhooks" },
];

async function shoot(context: BrowserContext, shots: readonly Shot[]): Promise<string[]> {
  const files: string[] = [];
  for (const width of WIDTHS) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
    for (const shot of shots) {
      await page.goto(baseUrl + shot.path, { waitUntil: "load" });
      // Charts draw after hydration; live pages keep a stream open, so the network is never idle.
      await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => {});
      const file = `${outDir}/${width}-${shot.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
      console.log(file);
    }
    await page.close();
  }
  return files;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const reader = await browser.newContext();
  const asked = process.argv.slice(2);
  if (asked.length > 0) {
    await shoot(reader, asked.map((path) => ({ name: path.replace(/^\//, "").replace(/[^a-z0-9-]+/gi, "_") || "home", path })));
  } else {
    const editor = await signedIn(browser, "editor");
    const { desk, story } = await deskShots(editor);
    await shoot(reader, [...(await readerShots()), ...(story ? [story] : [])]);
    if (!story) console.log("(no published story yet: the story page was left out; publish one on the desk to include it)");
    await shoot(editor, desk);
    await shoot(await signedIn(browser, "admin"), ADMIN_SHOTS);
  }
} finally {
  await browser.close();
}
