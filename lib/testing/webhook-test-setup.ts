// The webhook integration tests' setting: the demo county loaded into the test database, and a
// receiver on 127.0.0.1 for the file's tests, stopped (and the database removed) at the end.
import { afterAll, beforeAll } from "vitest";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import type { TestDatabase } from "./test-database";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

/** Registers the file's set-up and clean-up; the receiver is there once the tests run. */
export function withDemoCountyAndReceiver(database: TestDatabase): { receiver: WebhookReceiver } {
  const setting = {} as { receiver: WebhookReceiver };
  beforeAll(async () => {
    await loadDemoElections(database.client, [demoCounty]);
    setting.receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await setting.receiver.stop();
    await database.remove();
  });
  return setting;
}
