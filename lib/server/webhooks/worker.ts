import "server-only";
// The webhook worker of one instance: every tick (half a second by default) it checks that this
// instance leads (feeds/poller-leadership.ts: one worker across instances on PostgreSQL), works out
// the outbox's new events (deliveries for the endpoints that want them; for `race.counted`, the
// alerts the count leads to) and sends the deliveries that are due, a few at a time, each try
// claimed first (delivery-store.ts). Whatever was committed before a crash is picked up by the next
// worker to run: an event not yet worked out, a delivery not yet sent, a claim that ran out.
import { RACE_COUNTED } from "@/lib/domain/webhooks/events";
import { LeaderTicker } from "@/lib/server/feeds/leader-ticker";
import type { Leadership } from "@/lib/server/feeds/poller-leadership";
import { announceCounts, countedRace } from "@/lib/server/webhooks/count-alerts";
import { claimDelivery, dueDeliveries, recordTry, type DueDelivery } from "@/lib/server/webhooks/delivery-store";
import { fanOut } from "@/lib/server/webhooks/fan-out";
import { claimEvents, pendingEvents, pruneCountedEvents, type PendingEvent } from "@/lib/server/webhooks/outbox-store";
import { sendDelivery } from "@/lib/server/webhooks/send-delivery";
import type { WebhookPostOptions } from "@/lib/server/webhooks/webhook-post";

export interface WebhookWorkerOptions {
  leadership: Leadership;
  http: WebhookPostOptions;
  /** Waits before each retry, in milliseconds (retry-schedule.ts). */
  retrySchedule: readonly number[];
  tickMs?: number;
  /** Deliveries being sent at once. */
  concurrency?: number;
  now?: () => Date;
}

/** Events worked out per tick. */
const EVENTS_PER_TICK = 500;
/** How often worked-out count events are pruned. */
const PRUNE_EVERY_MS = 60_000;

export class WebhookWorker extends LeaderTicker {
  constructor(private readonly options: WebhookWorkerOptions) {
    super(options.leadership, options.tickMs ?? 500, "Webhooks");
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private prunedAt = 0;

  protected async startDue(): Promise<Promise<void>[]> {
    await this.workOutEvents();
    await this.pruneNowAndThen();
    return this.startDueTries();
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = this.now();
    if (now.getTime() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now.getTime();
    await pruneCountedEvents(now);
  }

  private async workOutEvents(): Promise<void> {
    const now = this.now();
    const counted = new Map<string, PendingEvent[]>();
    const pending = await pendingEvents(now, EVENTS_PER_TICK);
    const claimed = await claimEvents(pending.map((event) => event.id), now);
    for (const event of pending) {
      if (!claimed.has(event.id)) continue;
      if (event.type !== RACE_COUNTED) await fanOut(event, now);
      else counted.set(countedRace(event), [...(counted.get(countedRace(event)) ?? []), event]);
    }
    // A race's counts are judged once per tick, however many writes it had.
    for (const [raceId, events] of counted) await announceCounts(raceId, events, now);
  }

  private async startDueTries(): Promise<Promise<void>[]> {
    const now = this.now();
    const room = (this.options.concurrency ?? 4) - this.inFlight.size;
    const started: Promise<void>[] = [];
    for (const delivery of await dueDeliveries(now, [...this.inFlight.keys()], room)) {
      // The claim outlasts the try's deadline, so it never runs out while the try is under way.
      const until = new Date(now.getTime() + this.options.http.timeoutMs + 5_000);
      if (!(await claimDelivery(delivery, now, until))) continue;
      started.push(this.track(delivery.id, this.attempt(delivery, until)));
    }
    return started;
  }

  private async attempt(delivery: DueDelivery, claimedUntil: Date): Promise<void> {
    try {
      const answer = await sendDelivery(delivery, this.options.http, this.now());
      await recordTry(delivery, answer, this.now(), claimedUntil, this.options.retrySchedule);
    } catch (error) {
      console.error(`Webhooks: could not record a try of delivery ${delivery.id}:`, error);
    }
  }
}
