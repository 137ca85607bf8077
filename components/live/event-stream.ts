// Receives a live reader page's updates by server-sent events (`GET /api/v1/…/events`): each event
// carries the same JSON as the endpoint it streams, and goes down the page's one update path
// (live-data.ts). It watches its own health by the rules of lib/domain/live-transport.ts and hands
// over to polling when the stream does not work here (use-live-json.ts).
//
// While the tab is hidden the stream is closed, not kept: a hidden tab's idle connection still counts
// against the handful a browser allows per host across all its tabs and frames, and polling pauses
// while hidden too. When the tab returns a new stream opens; a new EventSource cannot send a
// Last-Event-ID (only the browser's own reconnections do), so the server answers with the current
// state as the first event: the page is current after one round trip, as a poll on return made it,
// and a first event that says what the page shows changes nothing.
import { FIRST_EVENT_TIMEOUT_MS, streamFallback } from "@/lib/domain/live-transport";
import type { LiveData } from "./live-data";
import { takeStreamSlot } from "./stream-slots";

/**
 * Opens the stream of `url` and shows its `event`s; returns the function that stops it. `fallBack`
 * is called, once, when the stream does not work here, or every stream slot is taken (stream-slots.ts).
 */
export function startStream<T>(url: string, event: string, live: LiveData<T>, fallBack: () => void): () => void {
  let source: EventSource | null = null;
  let freeSlot: (() => void) | null = null;
  let opening = false;
  let stopped = false;
  let openedAt = 0;
  let delivered = false;
  let failedReconnects = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const hidden = () => document.visibilityState === "hidden";

  function check() {
    if (!source) return;
    const state = { closed: source.readyState === EventSource.CLOSED, delivered, ageMs: Date.now() - openedAt, failedReconnects };
    if (streamFallback(state) !== null) {
      stop();
      fallBack();
    }
  }

  function onMessage(message: MessageEvent<string>) {
    let body: T;
    try {
      body = JSON.parse(message.data) as T;
    } catch {
      return; // not JSON: not a delivery, so the watchdog still judges the stream
    }
    delivered = true;
    failedReconnects = 0;
    live.receive(body);
  }

  async function open() {
    opening = true;
    const slot = await takeStreamSlot();
    opening = false;
    if (stopped || hidden()) return slot?.();
    if (!slot) {
      stop();
      return fallBack();
    }
    freeSlot = slot;
    source = new EventSource(url);
    openedAt = Date.now();
    delivered = false;
    failedReconnects = 0;
    source.addEventListener(event, onMessage);
    source.addEventListener("open", () => (failedReconnects = 0));
    source.addEventListener("error", () => {
      failedReconnects++;
      check();
    });
    watchdog = setTimeout(check, FIRST_EVENT_TIMEOUT_MS);
  }

  function close() {
    clearTimeout(watchdog);
    source?.close();
    source = null;
    freeSlot?.();
    freeSlot = null;
  }

  function onVisibilityChange() {
    if (hidden()) close();
    else if (!source && !opening) void open();
  }

  function stop() {
    stopped = true;
    close();
    document.removeEventListener("visibilitychange", onVisibilityChange);
  }

  if (!hidden()) void open();
  document.addEventListener("visibilitychange", onVisibilityChange);
  return stop;
}
