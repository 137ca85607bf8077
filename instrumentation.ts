// Runs once when a server instance starts (Next's instrumentation hook).
export async function register() {
  // Only the Node.js server caches reader data; the build has no database to follow.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A bad setting stops the server here, before it answers a request, naming the setting.
  await import("@/lib/server/env");
  const { followSharedInvalidations } = await import("@/lib/server/cache/journal");
  await followSharedInvalidations();
  const { registerUnitTallyWrites } = await import("@/lib/server/api/put-unit-tally");
  registerUnitTallyWrites();
  // The front door opens the public event streams through this hub (lib/server/events).
  const { registerEventStreams } = await import("@/lib/server/events/event-streams");
  registerEventStreams();
  // Polls the elections' feed sources (one instance at a time on PostgreSQL); FEED_POLLING=off skips it.
  const { startFeedPolling } = await import("@/lib/server/feeds/start-feed-polling");
  const { applyPolledSnapshot } = await import("@/lib/server/commands/apply-polled-snapshot");
  startFeedPolling(applyPolledSnapshot);
  // Sends the outbox's alerts to webhooks and Slack (one worker across instances); WEBHOOKS=off skips it.
  const { startWebhookWorker } = await import("@/lib/server/webhooks/start-webhook-worker");
  startWebhookWorker();
}
