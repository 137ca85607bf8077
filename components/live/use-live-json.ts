"use client";
// Keeps a live reader page's data current: by server-sent events when the page has a stream and it
// works, else by ETag polling of the JSON endpoint. Both feed the same update path (live-data.ts), so
// highlights, announcements, retractions and the "Last updated" line do not depend on the transport.
//
// A page polls when the browser has no EventSource. It falls back to polling when the browser gives
// up on the stream (a 404, an answer that is not a stream), when nothing arrives in the first seconds
// (a proxy that buffers), when reconnections keep failing (lib/domain/live-transport.ts), or when the
// browser holds its share of the site's streams already (stream-slots.ts). Falling back, it polls at
// once, having waited already, and tries the stream again later: a stream lost to a server restart
// comes back.
import { useEffect, useRef, useState } from "react";
import { streamRetryDelay } from "@/lib/domain/live-transport";
import { startStream } from "./event-stream";
import { liveData, POLL_INTERVAL_MS, type LiveJsonOptions } from "./live-data";
import { startPolling } from "./poll-loop";

export interface LiveSource {
  /** The JSON endpoint, polled with If-None-Match. */
  json: string;
  /** Its event stream and the name of its events, or null to poll only. */
  stream: { url: string; event: string } | null;
}

export function useLiveJson<T>(source: LiveSource, initial: T, options: LiveJsonOptions<T>): T {
  const [data, setData] = useState(initial);
  // Latest callbacks without restarting the transport when a parent re-renders with new closures.
  const optionsRef = useRef(options);
  const latestRef = useRef(initial);
  useEffect(() => {
    optionsRef.current = options;
  });

  const { json } = source;
  const streamUrl = source.stream?.url ?? null;
  const streamEvent = source.stream?.event ?? null;

  useEffect(() => {
    const live = liveData(latestRef, optionsRef, setData);
    let stopTransport = () => {};
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let fallbacks = 0;

    const poll = (firstDelay: number) => {
      stopTransport = startPolling(json, live, firstDelay);
    };
    if (streamUrl === null || streamEvent === null || typeof EventSource === "undefined") {
      // The first poll comes at the normal interval whatever the race's state: the page may have come
      // from a cache (a CDN may serve it for up to 35 s), and this confirms or corrects it soon.
      poll(POLL_INTERVAL_MS);
    } else {
      const stream = () => {
        stopTransport();
        stopTransport = startStream(streamUrl, streamEvent, live, () => {
          fallbacks++;
          poll(0);
          retryTimer = setTimeout(stream, streamRetryDelay(fallbacks));
        });
      };
      stream(); // its first event is the current state, which confirms or corrects a cached page
    }
    return () => {
      clearTimeout(retryTimer);
      stopTransport();
    };
  }, [json, streamUrl, streamEvent]);

  return data;
}
