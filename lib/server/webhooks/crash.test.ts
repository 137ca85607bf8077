// Nothing is lost when the server dies between a call and its delivery. One process makes the call
// and is killed (SIGKILL) the moment the command returns, before any worker of its own could send
// anything; a second process, started afterwards, runs the worker: the receiver gets the call,
// signed, exactly once.
import { spawn } from "node:child_process";
import { expect, test } from "vitest";
import { verifyDelivery } from "@/lib/domain/webhooks/signature";
import { createTestDatabase } from "@/lib/testing/test-database";
import { withDemoCountyAndReceiver } from "@/lib/testing/webhook-test-setup";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
const { addWebhook } = await import("@/lib/server/commands/webhooks");

const admin: Actor = { userId: "user-admin", name: "Ada Admin", email: "a@example.org", role: "admin", via: "session" };
const CHILD = ["--import", "tsx/esm", "--conditions=react-server", "lib/testing/webhook-child.ts"];
const childEnv = { ...process.env, WEBHOOK_ALLOWED_HOSTS: "127.0.0.1", WEBHOOK_RETRY_SCHEDULE_MS: "200,200" };

const setting = withDemoCountyAndReceiver(database);

/** Runs the child to its end, however it ends: its exit signal and what it printed. */
function runChild(args: string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CHILD, ...args], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code, signal) => resolve({ code, signal, output }));
  });
}

test("a call whose process was killed before delivering reaches the receiver from the next process", { timeout: 60_000 }, async () => {
  const hook = await addWebhook(admin, { url: setting.receiver.url, events: ["race.called"] });

  const caller = await runChild(["call", "demo-county-mayor", JSON.stringify({ status: "called", winners: ["rosa-delgado"] })]);
  expect(caller).toMatchObject({ signal: "SIGKILL" });
  expect(caller.output).toContain("called");
  // The call and its outbox row were committed together; nothing was sent.
  const [event] = await database.client.outboxEvent.findMany({ where: { type: "race.called" } });
  expect(event).toMatchObject({ processedAt: null });
  expect(setting.receiver.received).toHaveLength(0);

  const deliverer = await runChild(["work", "3000"]);
  expect(deliverer).toMatchObject({ code: 0 });
  expect(setting.receiver.received).toHaveLength(1);
  const [request] = setting.receiver.received;
  expect(request!.headers["x-results-event-id"]).toBe(event!.id);
  expect(JSON.parse(request!.body)).toMatchObject({ id: event!.id, type: "race.called", data: { race: { slug: "demo-county-mayor" }, by: "Erin Editor" } });
  expect(await verifyDelivery(hook.secret, request!.body, request!.headers["x-results-signature"] as string, Math.floor(Date.now() / 1000))).toEqual({ ok: true });
  expect(await database.client.webhookDelivery.findFirst({ where: { eventId: event!.id } })).toMatchObject({ status: "delivered", attempts: 1 });
});

