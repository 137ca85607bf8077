import "server-only";
// The shape of the work one instance does for all of them (the feed poller, the webhook worker):
// every tick it asks whether it leads (poller-leadership.ts) and, if so, starts what is due, side
// by side with what is still under way from earlier ticks. Stopping waits for the work under way
// and steps down as leader, for good. Each worker says only what a tick starts.
import type { Leadership } from "@/lib/server/feeds/poller-leadership";

export abstract class LeaderTicker {
  /** Work under way, by what it is about (a source, a delivery): never two at once for one thing. */
  protected readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly leadership: Leadership,
    private readonly tickMs: number,
    /** Names the worker in the log when a tick fails. */
    private readonly name: string,
  ) {}

  /** What one tick starts while this instance leads; resolves once started, with the work's promises. */
  protected abstract startDue(): Promise<Promise<void>[]>;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops ticking, waits for the work under way, and steps down as leader, for good. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.ticking;
    await Promise.allSettled(this.inFlight.values());
    await this.leadership.release();
  }

  /** One tick now, waiting for the work it started: for tests and scripts. */
  async runOnce(): Promise<void> {
    await Promise.allSettled(await this.tick());
  }

  /** Starts `work` about `key`, and forgets it when it ends. */
  protected track(key: string, work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, tracked);
    return tracked;
  }

  private async tick(): Promise<Promise<void>[]> {
    if (this.stopped || !(await this.leadership.lead())) return [];
    return this.startDue();
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.ticking = this.tick()
        .then(() => undefined)
        .catch((error: unknown) => console.error(`${this.name}: a tick failed:`, error))
        .finally(() => {
          this.ticking = null;
          this.schedule(this.tickMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
