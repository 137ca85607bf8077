import "server-only";
// Starts this instance's webhook worker when the server starts (instrumentation.ts), unless
// WEBHOOKS=off (the benchmark), and stops it on SIGINT/SIGTERM: tries under way finish, and on
// PostgreSQL the worker's lock is released so another instance takes over at once. One worker per
// process, even when development reloads the module.
import { databaseProvider } from "@/lib/server/database-url";
import { env } from "@/lib/server/env";
import { advisoryLockLeadership, soleInstance } from "@/lib/server/feeds/poller-leadership";
import { WebhookWorker } from "@/lib/server/webhooks/worker";
import { WEBHOOK_TIMEOUT_MS } from "@/lib/server/webhooks/webhook-post";

/** Any constant other than the migrations' (727_252) and the feed poller's (727_301). */
export const WEBHOOK_WORKER_LOCK = 727_302;

const globalForWorker = globalThis as unknown as { resultsDeskWebhookWorker?: WebhookWorker };

export function webhookPostOptions() {
  return { allowedHosts: env.WEBHOOK_ALLOWED_HOSTS, timeoutMs: WEBHOOK_TIMEOUT_MS };
}

export function startWebhookWorker(): WebhookWorker | null {
  if (env.WEBHOOKS === "off") return null;
  if (globalForWorker.resultsDeskWebhookWorker) return globalForWorker.resultsDeskWebhookWorker;
  const leadership =
    databaseProvider(env.DATABASE_URL) === "postgresql" ? advisoryLockLeadership(env.DATABASE_URL, { lock: WEBHOOK_WORKER_LOCK, name: "webhook worker" }) : soleInstance;
  const worker = new WebhookWorker({ leadership, http: webhookPostOptions(), retrySchedule: env.WEBHOOK_RETRY_SCHEDULE_MS });
  globalForWorker.resultsDeskWebhookWorker = worker;
  worker.start();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void worker.stop().catch((error: unknown) => console.error("Webhooks: could not stop cleanly:", error)));
  }
  return worker;
}
