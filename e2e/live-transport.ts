// How a live spec's pages get their updates: by push (the event streams work), or by polling, with
// every event stream blocked as a buffering proxy or a dropped connection would block it; and what
// each page then asked of the API. components/live/use-live-json.ts is what they exercise.
import type { BrowserContext, Page, Response } from "@playwright/test";

export const TRANSPORTS = ["push", "polling"] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** components/live/live-data.ts: the normal poll interval, which holds for minutes after any change. */
export const POLL_INTERVAL_MS = 3_000;

/**
 * Blocks the event streams of every page of the context: "refuse" answers 404 (a server or proxy
 * that knows no such stream: the browser gives up at once), "abort" drops the connection (the
 * browser keeps reconnecting, and the page stops waiting for it), "hang" never answers (a proxy that
 * buffers the stream: the page waits for a first event that never comes).
 */
export async function blockStreams(context: BrowserContext, how: "refuse" | "abort" | "hang"): Promise<void> {
  await context.route("**/events", async (route) => {
    if (how === "refuse") await route.fulfill({ status: 404, json: { error: { code: "not_found", message: "No such stream here." } } });
    else if (how === "abort") await route.abort();
    // "hang": the request stays pending until the page closes.
  });
}

const pathOf = (url: string) => new URL(url).pathname;
const isStream = (response: Response) => response.request().resourceType() === "eventsource";

/** What one page asked of one JSON endpoint and its event stream, from the moment it was opened. */
export interface LiveTraffic {
  /** The event streams the page opened (each attempt, blocked or not). */
  streams: string[];
  /** The statuses of the page's polls of the JSON endpoint, in order. */
  polls: number[];
}

/**
 * Opens `path` and waits until it is live by `transport`: its event stream answered (push), or its
 * first poll answered after the stream was given up (polling). `json` is the endpoint the page
 * follows; its stream is `${json}/events`.
 */
export async function openLive(page: Page, path: string, json: string, transport: Transport): Promise<LiveTraffic> {
  const traffic: LiveTraffic = { streams: [], polls: [] };
  page.on("request", (request) => {
    if (request.resourceType() === "eventsource") traffic.streams.push(pathOf(request.url()));
  });
  page.on("response", (response) => {
    if (!isStream(response) && pathOf(response.url()) === json) traffic.polls.push(response.status());
  });
  const live = page.waitForResponse((response) =>
    transport === "push" ? isStream(response) && pathOf(response.url()) === `${json}/events` && response.status() === 200 : pathOf(response.url()) === json,
  );
  await page.goto(path);
  await live;
  return traffic;
}
