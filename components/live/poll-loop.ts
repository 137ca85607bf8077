// Polls a public JSON endpoint for a live reader page: conditional requests with the last ETag (a
// 304 costs the server no body), paused while the tab is hidden and resumed when it returns, backing
// off while the API fails. It never stops for good: a called, fully counted race is asked less often
// (lib/domain/polling.ts), because a call can still be retracted. Pages poll when they have no
// stream, or when theirs failed (use-live-json.ts).
import { nextPollDelay, pollOutcome, resumeDelay } from "@/lib/domain/polling";
import type { LiveData } from "./live-data";

/** Starts polling `url` after `firstDelay` ms; returns the function that stops it. */
export function startPolling<T>(url: string, live: LiveData<T>, firstDelay: number): () => void {
  let etag: string | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let stopped = false;
  const controller = new AbortController();

  const hidden = () => document.visibilityState === "hidden";
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(poll, delay);
  };

  async function poll() {
    timer = undefined;
    if (stopped || inFlight || hidden()) return; // a hidden tab resumes from the visibility listener
    inFlight = true;
    try {
      const response = await fetch(url, {
        headers: etag ? { "If-None-Match": etag } : {},
        cache: "no-store",
        signal: controller.signal,
      });
      const outcome = pollOutcome(response.status);
      if (outcome === "failed") {
        failures++;
      } else {
        failures = 0;
        if (outcome === "changed") {
          const next = (await response.json()) as T;
          etag = response.headers.get("ETag");
          live.receive(next);
        }
      }
    } catch {
      if (controller.signal.aborted) return;
      failures++; // offline, DNS, a body that is not JSON: back off like a 5xx
    } finally {
      inFlight = false;
    }
    if (!stopped && !hidden()) schedule(nextPollDelay(failures, live.pollInterval(), Math.random));
  }

  function onVisibilityChange() {
    if (hidden()) {
      clearTimeout(timer);
      timer = undefined;
    } else if (!inFlight) {
      schedule(resumeDelay(failures, live.pollInterval(), Math.random));
    }
  }

  schedule(firstDelay);
  document.addEventListener("visibilitychange", onVisibilityChange);
  return () => {
    stopped = true;
    clearTimeout(timer);
    controller.abort();
    document.removeEventListener("visibilitychange", onVisibilityChange);
  };
}
