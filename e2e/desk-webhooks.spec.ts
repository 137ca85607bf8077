// Alerts end to end: an admin adds a webhook on the desk, pointed at a receiver this spec runs on
// 127.0.0.1 (allowed through WEBHOOK_ALLOWED_HOSTS in playwright.config.ts); an editor's call reaches
// it signed with the secret the desk showed once, and the desk shows the delivery. Then the receiver
// goes down: a retraction fails, is tried again on the (shortened) schedule, and arrives once the
// receiver is back. "Send again" sends the same event id again; the endpoint is removed at the end.
// The spec makes its own election and race, so no other spec's calls are in its way.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { verifyDelivery } from "../lib/domain/webhooks/signature";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "../lib/testing/webhook-receiver";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("admin") });

const editor = { headers: bearer("editor") };
const RETRIES = { timeout: 20_000 };

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.stop();
});

/** A race of the spec's own, fully counted with a clear winner. */
async function countedRace(request: APIRequestContext) {
  const suffix = Date.now().toString(36);
  const election = await request.post("/api/v1/elections", { ...editor, data: { name: `Webhook night ${suffix}`, date: "2026-11-03", jurisdiction: "Hook County (fictional)" } });
  expect(election.status()).toBe(201);
  const created = await request.post(`/api/v1/elections/${(await election.json()).slug}/races`, {
    ...editor,
    data: { office: "Hook County Council", seat: `District ${suffix}`, rule: { kind: "plurality" }, candidates: [{ name: "Wanda Webb" }, { name: "Hank Hooker" }], units: [{ name: "Ward 1", precinctsTotal: 4 }] },
  });
  expect(created.status()).toBe(201);
  const race = await created.json();
  const [wanda, hank] = race.candidates.map((c: { slug: string }) => c.slug) as [string, string];
  const unit = race.units[0];
  const tally = await request.put(`/api/v1/races/${race.slug}/units/${unit.slug}`, { headers: bearer("staff"), data: { version: unit.version, precinctsReporting: 4, votes: { [wanda]: 5_010, [hank]: 4_758 } } });
  expect(tally.status()).toBe(200);
  return { slug: race.slug as string, seat: race.seat as string, wanda };
}

/** What the receiver got about this race, of this type. */
const about = (slug: string, type: string) =>
  receiver.received.filter((r) => {
    const body = JSON.parse(r.body) as { type: string; data: { race?: { slug: string } } };
    return body.type === type && body.data.race?.slug === slug;
  });

async function expectSigned(webhook: ReceivedWebhook, secret: string) {
  const body = JSON.parse(webhook.body) as { id: string };
  expect(webhook.headers["x-results-event-id"]).toBe(body.id);
  expect(await verifyDelivery(secret, webhook.body, webhook.headers["x-results-signature"] as string, Math.floor(Date.now() / 1000))).toEqual({ ok: true });
}

test("a call reaches a signed webhook; a retraction sent while the receiver is down arrives once it is back", async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.goto("/newsroom");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Webhooks" }).click();
  await expect(page).toHaveURL("/newsroom/webhooks");

  // A private address is refused on its field, unless the server lists the host.
  const form = page.getByRole("form", { name: "Add a webhook" });
  await form.getByRole("textbox", { name: /^Address/ }).fill("http://10.0.0.7/hooks");
  await form.getByRole("button", { name: "Add webhook" }).click();
  await expect(form.locator("#new-webhook-url-error")).toContainText("10.0.0.7 is a private address (10.0.0.7): webhooks may only reach public addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.");

  await form.getByRole("textbox", { name: /^Address/ }).fill(receiver.url);
  for (const box of await form.getByRole("checkbox").all()) await box.setChecked(false);
  await form.getByRole("checkbox", { name: "race.called" }).check();
  await form.getByRole("checkbox", { name: "race.retracted" }).check();
  await form.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText(`${receiver.url} added.`)).toBeVisible();
  const secret = (await page.locator("code.secret").textContent())!;
  expect(secret).toMatch(/^whsec_[0-9a-f]{48}$/);

  const race = await countedRace(request);
  expect((await request.post(`/api/v1/races/${race.slug}/call`, { ...editor, data: { status: "called", winners: [race.wanda] } })).status()).toBe(201);
  await expect.poll(() => about(race.slug, "race.called").length, RETRIES).toBe(1);
  const [called] = about(race.slug, "race.called");
  await expectSigned(called!, secret);
  expect(JSON.parse(called!.body).data).toMatchObject({ race: { slug: race.slug, name: race.seat }, winners: [race.wanda], by: expect.stringMatching(/^Erin Editor/) });

  const hook = page.getByRole("region", { name: new RegExp(receiver.url.replaceAll(".", "\\.")) });
  await page.reload();
  const calledRow = hook.getByRole("row", { name: /race\.called/ }).first();
  await expect(calledRow).toContainText("Delivered");
  await expect(calledRow).toContainText("200");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // The receiver goes down; the retraction's first try fails and waits for its next.
  await receiver.stop();
  expect((await request.post(`/api/v1/races/${race.slug}/call`, { ...editor, data: { status: "uncalled", note: "Recanvass under way." } })).status()).toBe(201);
  const retractedRow = hook.getByRole("row", { name: /race\.retracted/ }).first();
  await expect(async () => {
    await page.reload();
    await expect(retractedRow).toContainText("the connection was refused", { timeout: 1_000 });
  }).toPass(RETRIES);
  await expect(retractedRow).toContainText("Pending");
  expect(about(race.slug, "race.retracted")).toHaveLength(0);

  await receiver.start();
  await expect.poll(() => about(race.slug, "race.retracted").length, RETRIES).toBe(1);
  await expectSigned(about(race.slug, "race.retracted")[0]!, secret);
  await expect(async () => {
    await page.reload();
    await expect(retractedRow).toContainText("Delivered", { timeout: 1_000 });
  }).toPass(RETRIES);

  // Send again: the same event, with the same id, for the receiver to drop as a duplicate.
  await calledRow.getByRole("button", { name: /^Send again/ }).click();
  await expect(calledRow.getByText("Sending again now.")).toBeVisible();
  await expect.poll(() => about(race.slug, "race.called").length, RETRIES).toBe(2);
  const ids = about(race.slug, "race.called").map((r) => r.headers["x-results-event-id"]);
  expect(ids[1]).toBe(ids[0]);

  // A test event, then the endpoint goes.
  await hook.getByRole("button", { name: /^Send a test event/ }).click();
  await expect.poll(() => receiver.received.filter((r) => JSON.parse(r.body).type === "webhook.test").length, RETRIES).toBe(1);
  page.once("dialog", (dialog) => void dialog.accept());
  await hook.getByRole("button", { name: /^Remove/ }).click();
  // The card goes with it (its own "Removed." with it).
  await expect(hook).toHaveCount(0);
  expect(((await (await request.get("/api/v1/webhooks", { headers: bearer("admin") })).json()).webhooks as { url: string }[]).some((w) => w.url === receiver.url)).toBe(false);
});

test("staff and editors are not shown webhooks", async ({ browser }) => {
  for (const role of ["staff", "editor"] as const) {
    const context = await browser.newContext({ storageState: STORAGE_STATE(role) });
    const page = await context.newPage();
    await page.goto("/newsroom/webhooks");
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);
    await context.close();
  }
});
