// A separate process for the crash test (lib/server/webhooks/crash.test.ts), run with tsx under
// `--conditions=react-server` against the test's DATABASE_URL:
//   call <race-slug> <call JSON>   calls the race as an editor, then dies at once (SIGKILL): no
//                                  worker ever runs in this process, nothing is cleaned up;
//   work <milliseconds>            runs the webhook worker that long, then stops it.
import { callRace } from "@/lib/server/commands/call-race";
import { soleInstance } from "@/lib/server/feeds/poller-leadership";
import { webhookPostOptions } from "@/lib/server/webhooks/start-webhook-worker";
import { WebhookWorker } from "@/lib/server/webhooks/worker";
import { env } from "@/lib/server/env";

const [command, ...args] = process.argv.slice(2);
if (command === "call") {
  const editor = { userId: "child-editor", name: "Erin Editor", email: "e@example.org", role: "editor" as const, via: "session" as const };
  await callRace(editor, args[0]!, JSON.parse(args[1]!));
  console.log("called");
  process.kill(process.pid, "SIGKILL");
} else if (command === "work") {
  const worker = new WebhookWorker({ leadership: soleInstance, http: webhookPostOptions(), retrySchedule: env.WEBHOOK_RETRY_SCHEDULE_MS, tickMs: 50 });
  worker.start();
  await new Promise((resolve) => setTimeout(resolve, Number(args[0])));
  await worker.stop();
  console.log("worked");
} else {
  console.error("Usage: webhook-child.ts call <race-slug> <json> | work <ms>");
  process.exit(2);
}
