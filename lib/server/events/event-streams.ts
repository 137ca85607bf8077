import "server-only";
// The two doors into the event hub. In production the front door (server.ts) answers the public
// streams itself, on the Node response, through the handle registered here: a stream then costs no
// more than its socket. Next's route handlers (app/api/v1/*/[slug]/events) answer the same streams
// as web streams when nothing stands in front of Next (`next dev`), with the same headers and frames.
import { EVENT_STREAM_HEADERS, HANDLES } from "@/lib/server/cache/contract.cjs";
import { notFoundResponse } from "@/lib/server/http";
import { subscribeDeskChanges } from "./desk-change-stream";
import { closeAllStreams, subscribe, type StreamSink, type Subscription } from "./event-hub";
import type { TopicKind } from "./event-topics";

export type EventStreams = { subscribe: typeof subscribe; closeAll: typeof closeAllStreams };

/** Lets the front door, which runs outside Next's bundles, reach this bundle's hub. */
export function registerEventStreams(): void {
  (globalThis as unknown as Record<symbol, EventStreams>)[HANDLES.eventStreams] = { subscribe, closeAll: closeAllStreams };
}

const WHAT: Record<TopicKind, string> = { race: "The race", election: "The election" };

/** A stream of a race's or an election's events as a web response, ended when the reader leaves. */
export async function eventStreamResponse(request: Request, kind: TopicKind, slug: string): Promise<Response> {
  return webEventStream(request, (sink) => subscribe(kind, slug, request.headers.get("last-event-id"), sink), () => notFoundResponse(WHAT[kind]));
}

/** The desk's change stream as a web response; the route has authorized the caller. */
export async function deskChangeStreamResponse(request: Request): Promise<Response> {
  return webEventStream(request, async (sink) => subscribeDeskChanges(sink), () => notFoundResponse("The stream"));
}

/** A web response that streams what `open` subscribes it to, until the reader leaves; `missing` when there is nothing to follow. */
async function webEventStream(request: Request, open: (sink: StreamSink) => Promise<Subscription | null>, missing: () => Response): Promise<Response> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let left = false;
  const body = new ReadableStream<Uint8Array>(
    {
      start: (c) => void (controller = c),
      cancel: () => void (left = true),
    },
    { highWaterMark: 0, size: (chunk) => chunk.byteLength },
  );
  const sink: StreamSink = {
    write: (chunk) => !left && controller.enqueue(chunk),
    end: () => {
      if (left) return;
      left = true;
      controller.close();
    },
    backlog: () => -(controller.desiredSize ?? 0),
  };
  const subscription = await open(sink);
  if (!subscription) return missing();
  request.signal.addEventListener("abort", () => {
    left = true;
    subscription.unsubscribe();
  });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
