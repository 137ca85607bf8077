"use client";
// Polls a public JSON endpoint for a live reader page: conditional requests with the last ETag (a
// 304 costs the server no body), paused while the tab is hidden and resumed when it returns, backing
// off while the API fails. It never stops for good: a called, fully counted race is asked less often
// (lib/domain/polling.ts), because a call can still be retracted.
import { useEffect, useRef, useState } from "react";
import { msSinceChange, nextPollDelay, pollInterval, pollOutcome, resumeDelay } from "@/lib/domain/polling";

export const POLL_INTERVAL_MS = 3000;

export interface PolledJsonOptions<T> {
  /** True when the data has settled (a decided, fully counted race): polls slow down once it is quiet. */
  settled: (data: T) => boolean;
  /** When the data last changed, as the server stamps it (ISO time), or null if unknown. */
  changedAt: (data: T) => string | null;
  /** Called with each new body and the one it replaces, after a 200. */
  onUpdate?: (next: T, previous: T) => void;
}

export function usePolledJson<T>(url: string, initial: T, options: PolledJsonOptions<T>): T {
  const [data, setData] = useState(initial);
  // Latest callbacks without restarting the poller when a parent re-renders with new closures.
  const optionsRef = useRef(options);
  const latestRef = useRef(initial);
  useEffect(() => {
    optionsRef.current = options;
  });

  useEffect(() => {
    let etag: string | null = null;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let stopped = false;
    /** When this page last saw the data change (the browser's clock), or null before any change. */
    let changeSeenAt: number | null = null;
    const controller = new AbortController();

    const hidden = () => document.visibilityState === "hidden";
    const interval = () => {
      const { settled, changedAt } = optionsRef.current;
      const latest = latestRef.current;
      return pollInterval(settled(latest), msSinceChange(changedAt(latest), changeSeenAt, Date.now()), POLL_INTERVAL_MS);
    };
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
            const previous = latestRef.current;
            const { changedAt, onUpdate } = optionsRef.current;
            // The first poll has no ETag yet and answers 200 with what the page already shows.
            if (changedAt(next) !== changedAt(previous)) changeSeenAt = Date.now();
            latestRef.current = next;
            setData(next);
            onUpdate?.(next, previous);
          }
        }
      } catch {
        if (controller.signal.aborted) return;
        failures++; // offline, DNS, a body that is not JSON: back off like a 5xx
      } finally {
        inFlight = false;
      }
      if (!stopped && !hidden()) schedule(nextPollDelay(failures, interval(), Math.random));
    }

    function onVisibilityChange() {
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
      } else if (!inFlight) {
        schedule(resumeDelay(failures, interval(), Math.random));
      }
    }

    // The first poll comes at the normal interval whatever the race's state: the page may have come
    // from a cache (a CDN may serve it for up to 35 s), and this confirms or corrects it soon.
    schedule(POLL_INTERVAL_MS);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [url]);

  return data;
}
