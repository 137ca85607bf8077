// The desk's feeds page end to end: an editor adds a source, the server's own poller picks it up
// within seconds and records why it failed (a loopback address is refused unless the host is in
// FEED_ALLOWED_HOSTS, which the test servers do not set, so nothing is ever fetched), the editor
// pauses and resumes it; staff see the sources but cannot change them.
import AxeBuilder from "@axe-core/playwright";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

// Each worker that runs this file makes its own election: their names must differ too.
const SUFFIX = Date.now().toString(36);
const ELECTION = `feeds-e2e-${SUFFIX}`;
const ELECTION_NAME = `Feeds check ${SUFFIX}`;
const FEEDS = `/newsroom/elections/${ELECTION}/feeds`;

test.beforeAll(async ({ request }) => {
  const created = await request.post("/api/v1/elections", {
    headers: bearer("editor"),
    data: { name: ELECTION_NAME, date: "2026-12-15", jurisdiction: "Demo County", slug: ELECTION },
  });
  expect(created.status()).toBe(201);
});

test.describe("as editor", () => {
  test.use({ storageState: STORAGE_STATE("editor") });

  test("an editor adds a source; the poller records its refusal within seconds; pause and resume", async ({ page }) => {
    await page.goto(`/newsroom/elections/${ELECTION}`);
    await page.getByRole("link", { name: "Feeds" }).click();
    await expect(page).toHaveURL(FEEDS);
    await expect(page.getByText("No feed sources yet.")).toBeVisible();

    const form = page.getByRole("form", { name: "Add a feed source" });
    await form.getByRole("textbox", { name: /^Name/ }).fill("Local CSV");
    await form.getByRole("combobox", { name: "Format" }).selectOption("openelections-csv");
    await form.getByRole("textbox", { name: /^Address/ }).fill("http://127.0.0.1:9/results.csv?apiKey=oops");
    await form.getByRole("button", { name: "Add source" }).click();
    await expect(form.locator("#new-feed-url-error")).toContainText("must not carry a key or password");
    await expect(form.getByRole("textbox", { name: /^Name/ })).toHaveValue("Local CSV");

    await form.getByRole("textbox", { name: /^Address/ }).fill("http://127.0.0.1:9/results.csv");
    await form.getByRole("button", { name: "Add source" }).click();
    await expect(form.getByText("Local CSV added")).toBeVisible();

    const source = page.getByRole("region", { name: /Local CSV/ });
    await expect(async () => {
      await page.reload();
      await expect(source).toContainText("127.0.0.1 is a loopback address (127.0.0.1)", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(source).toContainText("Failing (1 in a row)");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await source.getByRole("button", { name: "Pause Local CSV" }).click();
    await expect(source.getByText("Paused.")).toBeVisible();
    await page.reload();
    await expect(source.getByRole("heading", { level: 2 })).toContainText("Paused");
    await source.getByRole("button", { name: "Resume Local CSV" }).click();
    await expect(source.getByText("Resumed")).toBeVisible();
  });
});

test.describe("as staff", () => {
  test.use({ storageState: STORAGE_STATE("staff") });

  test("staff see the sources and their state, but no way to change them", async ({ page, request }) => {
    const added = await request.post(`/api/v1/elections/${ELECTION}/feeds`, {
      headers: bearer("editor"),
      data: { name: "Staff view", format: "clarity-json", url: "https://results.enr.clarityelections.com/GA/105369/", paused: true },
    });
    expect(added.status()).toBe(201);
    await page.goto("/newsroom");
    await page.getByRole("link", { name: `Feeds of ${ELECTION_NAME}` }).click();
    const source = page.getByRole("region", { name: /Staff view/ });
    await expect(source).toContainText("Paused");
    await expect(source).toContainText("https://results.enr.clarityelections.com/GA/105369/");
    await expect(page.getByRole("button", { name: /Pause|Resume|Remove/ })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Add a feed source" })).toHaveCount(0);
    const refused = await request.patch(`/api/v1/elections/${ELECTION}/feeds/${(await added.json()).id}`, { headers: bearer("staff"), data: { paused: false } });
    expect(refused.status()).toBe(403);
  });
});
