// The front door's event streams, over a real socket: it answers /events routes from the hub's
// handle with the stream's headers and nothing buffered, a 404 envelope for what does not exist,
// lets the hub go of a reader who left, and leaves the route to Next while no hub is registered.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { frontDoor } from "./front-door";

const handles = globalThis as unknown as Record<symbol, unknown>;
const EVENT_STREAMS = Symbol.for("results-desk.event-streams");

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (frontDoor(request, response)) return;
    response.writeHead(299, { "X-Answered-By": "next" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => delete handles[EVENT_STREAMS]);

interface Subscribed {
  kind: string;
  slug: string;
  lastEventId: string | null;
  left: boolean;
}

/** A hub that knows only District 5, sends its frame at once, and records who subscribed and who left. */
function hubWithDistrict5() {
  const subscribed: Subscribed[] = [];
  handles[EVENT_STREAMS] = {
    subscribe: async (kind: string, slug: string, lastEventId: string | null, sink: { write(chunk: Buffer): void }) => {
      if (slug !== "district-5") return null;
      const entry = { kind, slug, lastEventId, left: false };
      subscribed.push(entry);
      sink.write(Buffer.from('retry: 3000\n\nid: 7\nevent: race\ndata: {"version":7}\n\n'));
      return { unsubscribe: () => void (entry.left = true) };
    },
  };
  return subscribed;
}

test("a race's stream goes out unbuffered, with its reconnect id passed to the hub, and the hub lets go when the reader leaves", async () => {
  const subscribed = hubWithDistrict5();
  const abort = new AbortController();
  const response = await fetch(`${origin}/api/v1/races/district-5/events`, { headers: { "Last-Event-ID": "6" }, signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  expect(response.headers.get("x-front-door")).toBe("events");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-length")).toBeNull();

  const reader = response.body!.getReader();
  let text = "";
  while (!text.includes('data: {"version":7}\n\n')) text += new TextDecoder().decode((await reader.read()).value);
  expect(subscribed).toEqual([{ kind: "race", slug: "district-5", lastEventId: "6", left: false }]);

  abort.abort();
  await expect.poll(() => subscribed[0]!.left).toBe(true);
});

test("an election's stream is the election kind; an unknown slug is a 404 envelope", async () => {
  const subscribed = hubWithDistrict5();
  const missing = await fetch(`${origin}/api/v1/elections/nowhere/events`);
  expect(missing.status).toBe(404);
  expect(await missing.json()).toEqual({ error: { code: "not_found", message: "The election was not found." } });
  expect(subscribed).toEqual([]);
});

test("without a hub (before the app has started), or with a query, Next answers", async () => {
  expect((await fetch(`${origin}/api/v1/races/district-5/events`)).headers.get("x-answered-by")).toBe("next");
  hubWithDistrict5();
  expect((await fetch(`${origin}/api/v1/races/district-5/events?x=1`)).headers.get("x-answered-by")).toBe("next");
});
