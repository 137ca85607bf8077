"use client";
// Polls a public JSON endpoint for a live reader page: conditional requests with the last ETag (a
// 304 costs the server no body), paused while the tab is hidden, backing off while the API fails,
// and stopped for good once `stopWhen` says the data can no longer change.
import { useEffect, useRef, useState } from "react";
import { nextPollDelay, pollOutcome, resumeDelay } from "@/lib/domain/polling";

export const POLL_INTERVAL_MS = 3000;

export interface PolledJsonOptions<T> {
  /** True when the data is final: polling stops (checked on the initial data too). */
  stopWhen: (data: T) => boolean;
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
    let finished = optionsRef.current.stopWhen(latestRef.current);
    const controller = new AbortController();

    const hidden = () => document.visibilityState === "hidden";
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(poll, delay);
    };

    async function poll() {
      timer = undefined;
      if (finished || inFlight || hidden()) return; // a hidden tab resumes from the visibility listener
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
            latestRef.current = next;
            setData(next);
            optionsRef.current.onUpdate?.(next, previous);
            finished = optionsRef.current.stopWhen(next);
          }
        }
      } catch {
        if (controller.signal.aborted) return;
        failures++; // offline, DNS, a body that is not JSON: back off like a 5xx
      } finally {
        inFlight = false;
      }
      if (!finished && !hidden()) schedule(nextPollDelay(failures, POLL_INTERVAL_MS, Math.random));
    }

    function onVisibilityChange() {
      if (finished) return;
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
      } else if (!inFlight) {
        schedule(resumeDelay(failures, POLL_INTERVAL_MS, Math.random));
      }
    }

    if (!finished) {
      schedule(POLL_INTERVAL_MS);
      document.addEventListener("visibilitychange", onVisibilityChange);
    }
    return () => {
      finished = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [url]);

  return data;
}
