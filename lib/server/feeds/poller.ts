import "server-only";
// The feed poller of one instance: every tick (a second by default) it checks that this instance
// leads (poller-leadership.ts), reads the sources that are due, claims each (feed-source-store.ts)
// and polls it (poll-source.ts), recording the outcome on the source. Sources added, resumed or
// changed on the desk are due at once, so they are picked up by the next tick; paused ones are
// never read. A slow feed does not hold up the others: polls run side by side, a few at a time, and
// one source is never polled twice at once.
import type { FeedHttpOptions } from "@/lib/server/feeds/feed-http";
import { claimFeedSource, dueFeedSources, recordPollOutcome } from "@/lib/server/feeds/feed-source-store";
import { LeaderTicker } from "@/lib/server/feeds/leader-ticker";
import type { Leadership } from "@/lib/server/feeds/poller-leadership";
import { pollFeedSource } from "@/lib/server/feeds/poll-source";
import type { ApplyFeedSnapshot } from "@/lib/server/feeds/poll-types";

export interface FeedPollerOptions {
  apply: ApplyFeedSnapshot;
  leadership: Leadership;
  http: FeedHttpOptions;
  apKey: string | undefined;
  tickMs?: number;
  /** Polls running at once, across sources. */
  concurrency?: number;
  now?: () => Date;
}

export class FeedPoller extends LeaderTicker {
  constructor(private readonly options: FeedPollerOptions) {
    super(options.leadership, options.tickMs ?? 1_000, "Feed poller");
  }

  /** Polls the sources due now, if this instance leads, and waits for those polls to end. */
  async pollDue(): Promise<void> {
    await this.runOnce();
  }

  /** Claims and starts the polls that are due; resolves once they are started, with their promises. */
  protected async startDue(): Promise<Promise<void>[]> {
    const now = this.options.now?.() ?? new Date();
    const room = (this.options.concurrency ?? 4) - this.inFlight.size;
    const due = await dueFeedSources(now, [...this.inFlight.keys()], room);
    const started: Promise<void>[] = [];
    for (const source of due) {
      if (!(await claimFeedSource(source, now))) continue;
      started.push(this.track(source.id, this.poll(source)));
    }
    return started;
  }

  private async poll(source: Awaited<ReturnType<typeof dueFeedSources>>[number]): Promise<void> {
    const { apply, http, apKey } = this.options;
    const outcome = await pollFeedSource(source, { http, apKey, apply: (bytes, meta) => apply(source, bytes, meta) });
    try {
      await recordPollOutcome(source, outcome, this.options.now?.() ?? new Date());
    } catch (error) {
      console.error(`Feed poller: could not record the outcome of a poll of feed source ${source.id}:`, error);
    }
  }
}
