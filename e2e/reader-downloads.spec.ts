// Readers' downloads, sharing and the deciding-line chart, on the demo data as seeded (reader specs
// run before any desk spec changes it).
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const ELECTION = "demo-county-2026-general";
const SCHOOL_BOARD = "demo-county-school-board-at-large";
const BOM = "\uFEFF";

type CsvRow = Record<string, string>;
const readCsv = (text: string): CsvRow[] => {
  expect(text.startsWith(BOM), "starts with a UTF-8 byte order mark").toBe(true);
  return parse(text.slice(BOM.length), { columns: true }) as CsvRow[];
};

interface RaceJson {
  candidates: { slug: string; name: string; votes: number }[];
  units: { slug: string; precinctsReporting: number; votes: Record<string, number> }[];
  reporting: { precinctsReporting: number; precinctsTotal: number };
}

test("the race page's 'Download results (CSV)' saves the race's rows, with the JSON's numbers", async ({ page, request }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download results (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${DISTRICT_5}-results.csv`);
  const rows = readCsv(await readFile((await download.path())!, "utf8"));

  const race = (await (await request.get(`/api/v1/races/${DISTRICT_5}`)).json()) as RaceJson;
  expect(rows).toHaveLength((race.units.length + 1) * race.candidates.length);
  expect(Object.keys(rows[0]!)).toEqual(
    expect.arrayContaining(["election", "race", "level", "unit", "candidate", "party", "votes", "precincts_reporting", "precincts_total", "called_winner"]),
  );
  for (const candidate of race.candidates) {
    const total = rows.find((r) => r.level === "race total" && r.candidate_slug === candidate.slug);
    expect(total).toMatchObject({
      race: "Atlanta City Council, District 5",
      candidate: candidate.name,
      votes: String(candidate.votes),
      precincts_reporting: String(race.reporting.precinctsReporting),
      precincts_total: String(race.reporting.precinctsTotal),
      called_winner: "no",
    });
    for (const unit of race.units) {
      const row = rows.find((r) => r.level === "unit" && r.unit_slug === unit.slug && r.candidate_slug === candidate.slug);
      expect(row?.votes).toBe(String(unit.votes[candidate.slug] ?? 0));
    }
  }
  expect(rows.find((r) => r.candidate_slug === "natalyn-archibong" && r.level === "race total")?.votes).toBe("5010");
});

test("the election page's download holds every race, its winners marked", async ({ page, request }) => {
  await page.goto(`/elections/${ELECTION}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download results (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${ELECTION}-results.csv`);
  const rows = readCsv(await readFile((await download.path())!, "utf8"));

  const election = (await (await request.get(`/api/v1/elections/${ELECTION}`)).json()) as { races: { slug: string }[] };
  expect(new Set(rows.map((r) => r.race_slug))).toEqual(new Set(election.races.map((r) => r.slug)));
  const board = rows.filter((r) => r.race_slug === SCHOOL_BOARD && r.level === "race total");
  expect(board.map((r) => [r.candidate, r.votes, r.called_winner])).toEqual([
    ["Ana Ruiz", "16400", "yes"],
    ["Ben Carter", "15500", "yes"],
    ["Chloe Nguyen", "14000", "yes"],
    ["David Okafor", "12200", "no"],
    ["Erin Walsh", "6800", "no"],
  ]);
  const treasurer = rows.filter((r) => r.race_slug === "demo-county-treasurer" && r.level === "race total");
  expect(treasurer.map((r) => [r.candidate_slug, r.call_status, r.advancing])).toEqual([
    ["helen-park", "runoff", "yes"],
    ["samuel-adeyemi", "runoff", "yes"],
    ["lucy-fontaine", "runoff", "no"],
  ]);

  const direct = await request.get(`/api/v1/elections/${ELECTION}/results.csv`);
  expect(direct.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(direct.headers()["content-disposition"]).toBe(`attachment; filename="${ELECTION}-results.csv"`);
  expect((await request.get(`/api/v1/races/no-such-race/results.csv`)).status()).toBe(404);
});

test.describe("with the clipboard allowed", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("'Copy link' copies the race's address and says so", async ({ page }) => {
    await page.goto(`/races/${DISTRICT_5}`);
    await page.getByRole("button", { name: "Copy link" }).click();
    const announced = page.locator("[aria-live=polite]").filter({ hasText: "Link copied" });
    await expect(announced).toBeVisible();
    await expect(announced).toHaveAttribute("aria-atomic", "true");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/races/${DISTRICT_5}`, page.url()).href);
  });
});

test("when the browser refuses the clipboard, the link is shown selected to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) } });
  });
  await page.goto(`/races/${DISTRICT_5}`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator("[aria-live=polite]").filter({ hasText: "did not let this page copy" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Link to this page" });
  await expect(field).toHaveValue(new URL(`/races/${DISTRICT_5}`, page.url()).href);
  // Selected whole, so Ctrl+C or the context menu copies it at once.
  await expect
    .poll(() => field.evaluate((input: HTMLInputElement) => input.selectionStart === 0 && input.selectionEnd === input.value.length))
    .toBe(true);
});

test("'Share' appears only where the browser can share, and hands over the race's address", async ({ page }) => {
  await page.goto(`/races/${DISTRICT_5}`);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  if (!(await page.evaluate(() => "share" in navigator))) await expect(page.getByRole("button", { name: "Share" })).toHaveCount(0);

  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, "share", { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  await page.reload();
  await page.getByRole("button", { name: "Share" }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: "Atlanta City Council, District 5: results", url: new URL(`/races/${DISTRICT_5}`, page.url()).href }]);
});

test("a vote-for-three race charts the third seat against the fourth, named in the caption and the key", async ({ page }) => {
  await page.goto(`/races/${SCHOOL_BOARD}`);
  const figure = page.locator("figure").filter({ has: page.getByRole("heading", { name: "The race for the last seat" }) });
  await expect(figure).toContainText("the 3rd and last is between Nguyen, 3rd now, and Okafor, 4th");
  await expect(figure.getByRole("list", { name: "Key" }).getByRole("listitem")).toHaveText(["▲ Nguyen ahead", "▼ Okafor ahead"]);
  // 14,000 against 12,200: the chart's last label is that margin, not Ruiz's lead over Carter (900).
  await expect(figure.getByRole("img", { name: /latest margin 1,800 votes$/ })).toBeVisible();
  await expect(figure.locator("svg text").filter({ hasText: /^1,800$/ })).toBeVisible();
});

test("a runoff race charts the second runoff place against the third", async ({ page }) => {
  await page.goto("/races/demo-county-treasurer");
  const figure = page.locator("figure").filter({ has: page.getByRole("heading", { name: "The race for a runoff place" }) });
  await expect(figure).toContainText("the second place is between Adeyemi, 2nd, and Fontaine, 3rd");
  await expect(figure.getByRole("img", { name: /latest margin 7,300 votes$/ })).toBeVisible();
});

test("the by-unit chart's key follows ballot order, not the alphabet", async ({ page }) => {
  // Raman is first on the clerk's ballot; sorted by name, Osei would come first.
  await page.goto("/races/demo-county-clerk");
  await expect(page.locator("[data-chart=units] .chart-key li")).toHaveText(["Priya Raman", "Glen Osei"]);
});

test("in a close race the chart's end labels do not overlap", async ({ page }) => {
  // The clerk's race ends 31 votes apart: both names and the final margin all want the zero line.
  await page.goto("/races/demo-county-clerk");
  const labels = page.locator("[data-chart=margin] .margin-end-labels text");
  await expect(labels).toHaveCount(3);
  const boxes = await labels.evaluateAll((nodes) => nodes.map((node) => (node as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
    }
  }
});
