// The one update path of a live reader page, whatever brought the body: a 200 poll or a stream
// event. A body that says what the page already shows changes nothing; a new one is shown, handed
// to `onUpdate` (announcements, retractions) with the one it replaces, and restarts the clock that
// keeps polls at the normal cadence for a while after any change.
import { sameJson } from "@/lib/domain/live-transport";
import { msSinceChange, pollInterval } from "@/lib/domain/polling";

export const POLL_INTERVAL_MS = 3000;

export interface LiveJsonOptions<T> {
  /** True when the data has settled (a decided, fully counted race): polls slow down once it is quiet. */
  settled: (data: T) => boolean;
  /** When the data last changed, as the server stamps it (ISO time), or null if unknown. */
  changedAt: (data: T) => string | null;
  /** Called with each new body and the one it replaces. */
  onUpdate?: (next: T, previous: T) => void;
}

export interface LiveData<T> {
  /** Shows a body that arrived, unless it says what the page already shows. */
  receive(next: T): void;
  /** The wait before the next poll while the API answers (lib/domain/polling.ts). */
  pollInterval(): number;
}

/** `latest` and `options` are the hook's refs, read at each call so parents may re-render freely. */
export function liveData<T>(latest: { current: T }, options: { current: LiveJsonOptions<T> }, show: (next: T) => void): LiveData<T> {
  /** When this page last saw the data change (the browser's clock), or null before any change. */
  let changeSeenAt: number | null = null;
  return {
    receive(next) {
      const previous = latest.current;
      if (sameJson(next, previous)) return;
      const { changedAt, onUpdate } = options.current;
      if (changedAt(next) !== changedAt(previous)) changeSeenAt = Date.now();
      latest.current = next;
      show(next);
      onUpdate?.(next, previous);
    },
    pollInterval() {
      const { settled, changedAt } = options.current;
      return pollInterval(settled(latest.current), msSinceChange(changedAt(latest.current), changeSeenAt, Date.now()), POLL_INTERVAL_MS);
    },
  };
}
