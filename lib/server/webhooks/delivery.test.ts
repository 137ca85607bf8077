// Deliveries against a real database and a real HTTP receiver on 127.0.0.1: signed so the receiver
// can check them, tried again on the schedule when the receiver fails or is not there, failed for
// good after the last, never following a redirect, never waiting past the deadline, and sent once
// however many workers share the database.
import { beforeEach, expect, test } from "vitest";
import { verifyDelivery } from "@/lib/domain/webhooks/signature";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import { withDemoCountyAndReceiver } from "@/lib/testing/webhook-test-setup";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
const { addWebhook, removeWebhook, resendDelivery, sendTestEvent } = await import("@/lib/server/commands/webhooks");
const { callRace } = await import("@/lib/server/commands/call-race");
const { listWebhooks } = await import("@/lib/server/queries/webhooks");
const { soleInstance } = await import("@/lib/server/feeds/poller-leadership");
const { WebhookWorker } = await import("./worker");

const admin: Actor = { userId: "user-admin", name: "Ada Admin", email: "a@example.org", role: "admin", via: "session" };
const editor: Actor = { ...admin, userId: "user-editor", name: "Erin Editor", role: "editor" };
const SCHEDULE = [1_000, 5_000];

const setting = withDemoCountyAndReceiver(database);
// The workers' clock, moved by the tests; it starts after anything the commands (on the real clock) make due.
let clock = new Date(Date.now() + 60_000);
const worker = (timeoutMs = 2_000) =>
  new WebhookWorker({ leadership: soleInstance, http: { allowedHosts: ["127.0.0.1"], timeoutMs }, retrySchedule: SCHEDULE, now: () => clock });
const later = (ms: number) => void (clock = new Date(clock.getTime() + ms));

beforeEach(async () => {
  setting.receiver.received.length = 0;
  setting.receiver.answer((response) => void response.writeHead(200).end("thanks"));
  await database.client.webhookEndpoint.deleteMany();
});

const deliveriesOf = (endpointId: string) => database.client.webhookDelivery.findMany({ where: { endpointId }, include: { event: true }, orderBy: { createdAt: "asc" } });

test("a call reaches the webhook signed with its secret, carrying its event id, and is recorded as delivered", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called", "race.too_close"] });
  expect(hook.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
  await callRace(editor, "demo-county-sheriff", { status: "too_close" });
  await worker().runOnce();

  expect(setting.receiver.received).toHaveLength(1);
  const [request] = setting.receiver.received;
  const body = JSON.parse(request!.body) as { id: string; type: string; createdAt: string; data: { race: { slug: string }; cause: string } };
  expect(body).toMatchObject({ type: "race.too_close", data: { race: { slug: "demo-county-sheriff" }, cause: "call" } });
  expect(request!.headers["x-results-event-id"]).toBe(body.id);
  expect(request!.headers["content-type"]).toBe("application/json");
  const now = Math.floor(clock.getTime() / 1000);
  expect(await verifyDelivery(hook.secret, request!.body, request!.headers["x-results-signature"] as string, now)).toEqual({ ok: true });
  expect(await verifyDelivery("another-secret-entirely", request!.body, request!.headers["x-results-signature"] as string, now)).toEqual({ ok: false, reason: "mismatch" });

  const [delivery] = await deliveriesOf(hook.id);
  expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 200, responseExcerpt: "thanks", nextAttemptAt: null, lastError: null });
  await worker().runOnce();
  expect(setting.receiver.received).toHaveLength(1);
});

test("a 500 and a refused connection are tried again after 1 s, then 5 s, then the delivery has failed", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  setting.receiver.answer((response) => void response.writeHead(500).end("x".repeat(1_000)));
  const test = await sendTestEvent(admin, hook.id);
  expect(test).toMatchObject({ type: "webhook.test", status: "pending", attempts: 0 });

  await worker().runOnce();
  let [delivery] = await deliveriesOf(hook.id);
  expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "Answered 500." });
  expect(delivery!.responseExcerpt).toHaveLength(200);
  expect(delivery!.nextAttemptAt!.getTime() - clock.getTime()).toBe(1_000);

  // Not due yet: nothing is sent.
  later(999);
  await worker().runOnce();
  expect(setting.receiver.received).toHaveLength(1);

  await setting.receiver.stop();
  later(1);
  await worker().runOnce();
  [delivery] = await deliveriesOf(hook.id);
  expect(delivery).toMatchObject({ status: "pending", attempts: 2, lastStatusCode: null, responseExcerpt: null });
  expect(delivery!.lastError).toBe(`Could not reach 127.0.0.1:${setting.receiver.port}: the connection was refused.`);
  expect(delivery!.nextAttemptAt!.getTime() - clock.getTime()).toBe(5_000);

  later(5_000);
  await worker().runOnce();
  [delivery] = await deliveriesOf(hook.id);
  expect(delivery).toMatchObject({ status: "failed", attempts: 3, nextAttemptAt: null });
  await setting.receiver.start();

  // "Send again" starts the schedule over, with the same event id.
  setting.receiver.answer((response) => void response.writeHead(204).end());
  expect(await resendDelivery(admin, hook.id, delivery!.id)).toMatchObject({ status: "pending", attempts: 0 });
  await worker().runOnce();
  expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204 });
  const ids = setting.receiver.received.map((r) => r.headers["x-results-event-id"]);
  expect(ids).toEqual([delivery!.eventId, delivery!.eventId]);
});

test("a redirect is not followed: it is a failed try", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  setting.receiver.answer((response, request) => void response.writeHead(request.path === "/hooks" ? 302 : 200, { location: "/elsewhere" }).end());
  await sendTestEvent(admin, hook.id);
  await worker().runOnce();
  expect(setting.receiver.received.map((r) => r.path)).toEqual(["/hooks"]);
  expect((await deliveriesOf(hook.id))[0]).toMatchObject({
    status: "pending",
    lastStatusCode: 302,
    lastError: "Answered 302 (a redirect to /elsewhere): redirects are not followed.",
  });
});

test("a receiver slower than the deadline is a failed try, ended at the deadline", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  setting.receiver.answer((response) => void setTimeout(() => response.writeHead(200).end(), 3_000));
  await sendTestEvent(admin, hook.id);
  const started = Date.now();
  await worker(300).runOnce();
  expect(Date.now() - started).toBeLessThan(2_000);
  expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastError: `127.0.0.1:${setting.receiver.port} did not answer within 300 ms.` });
});

test("private and loopback addresses are refused when a webhook is added, unless the host is allowed; nothing is written", async () => {
  for (const url of ["http://10.1.2.3/hooks", "http://localhost:9/hooks", "http://[::1]/hooks", "http://[::ffff:169.254.169.254]/latest", "http://192.168.0.10/"]) {
    const error = await refusal(addWebhook(admin, { url, events: ["race.called"] }), "invalid");
    expect(error.details.fields.url).toMatch(/webhooks may only reach public addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS\.$/);
  }
  const scheme = await refusal(addWebhook(admin, { url: "file:///etc/passwd", events: ["race.called"] }), "invalid");
  expect(scheme.details.fields.url).toBe("must be an http:// or https:// address");
  expect(await database.client.webhookEndpoint.count()).toBe(0);
  // 127.0.0.1 is listed in WEBHOOK_ALLOWED_HOSTS for these tests.
  expect((await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] })).url).toBe(setting.receiver.url);
});

test("the address rule is checked again at delivery: an endpoint whose host is not allowed gets nothing", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  await sendTestEvent(admin, hook.id);
  const strict = new WebhookWorker({ leadership: soleInstance, http: { allowedHosts: [], timeoutMs: 1_000 }, retrySchedule: SCHEDULE, now: () => clock });
  await strict.runOnce();
  expect(setting.receiver.received).toHaveLength(0);
  expect((await deliveriesOf(hook.id))[0]!.lastError).toBe(
    "127.0.0.1 is a loopback address (127.0.0.1): webhooks may only reach public addresses unless the host is listed in WEBHOOK_ALLOWED_HOSTS.",
  );
});

test("only admins manage webhooks", async () => {
  expect((await refusal(addWebhook(editor, { url: setting.receiver.url, events: ["race.called"] }))).status).toBe(403);
  expect((await refusal(addWebhook(null, { url: setting.receiver.url, events: ["race.called"] }))).status).toBe(401);
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  expect((await refusal(sendTestEvent(editor, hook.id))).status).toBe(403);
  expect((await refusal(removeWebhook(editor, hook.id))).status).toBe(403);
  expect(await removeWebhook(admin, hook.id)).toEqual({ id: hook.id, removed: true });
  expect((await refusal(removeWebhook(admin, hook.id))).status).toBe(404);
});

test("a Slack endpoint gets the event as a sentence", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, kind: "slack", events: ["race.called"] });
  await callRace(editor, "demo-county-mayor", { status: "called", winners: ["rosa-delgado"] });
  await worker().runOnce();
  const calls = await deliveriesOf(hook.id);
  expect(calls).toHaveLength(1);
  expect(JSON.parse(setting.receiver.received[0]!.body)).toEqual({ text: expect.stringMatching(/^Demo County Mayor called for Rosa Delgado, [\d,]+ to [\d,]+, by Erin Editor$/) });
  expect(setting.receiver.received[0]!.headers["x-results-signature"]).toBeUndefined();
  // Its URL is a credential: listed in part only.
  expect((await listWebhooks(admin)).find((w) => w.id === hook.id)!.url).toBe(`http://127.0.0.1:${setting.receiver.port}/…ooks`);
});

test("two workers on one database send each event once", async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });
  setting.receiver.answer((response) => void setTimeout(() => response.writeHead(200).end(), 20));
  for (let i = 0; i < 12; i++) await sendTestEvent(admin, hook.id);
  const [a, b] = [worker(), worker()];
  for (let round = 0; round < 5; round++) await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
  const ids = setting.receiver.received.map((r) => r.headers["x-results-event-id"]);
  expect(ids).toHaveLength(12);
  expect(new Set(ids).size).toBe(12);
  expect((await deliveriesOf(hook.id)).every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
});
