import "server-only";
// The desk's change stream (GET /api/v1/desk/events, signed in): one `change` event per write that
// changed what the desk shows, saying which races and elections (lib/domain/desk-changes.ts). Desk
// pages read themselves again on the events that concern them, through their own authorized reads;
// the stream carries no data a reader of the desk could not already see. Few people hold the desk
// open, so each stream listens to the tag clock itself.
import { deskChangeOf } from "@/lib/domain/desk-changes";
import { commentFrame, eventFrame, HEARTBEAT_MS, openingFrame } from "@/lib/domain/server-sent-events";
import { onInvalidation } from "@/lib/server/cache/tag-clock.cjs";
import type { StreamSink, Subscription } from "./event-hub";

let sequence = 0;

export function subscribeDeskChanges(sink: StreamSink): Subscription {
  sink.write(Buffer.from(openingFrame()));
  const stopListening = onInvalidation((tags) => {
    const change = deskChangeOf(tags);
    if (change) sink.write(Buffer.from(eventFrame({ id: String(++sequence), event: "change", data: JSON.stringify(change) })));
  });
  const heartbeat = setInterval(() => sink.write(Buffer.from(commentFrame("keep-alive"))), HEARTBEAT_MS).unref();
  return {
    unsubscribe: () => {
      stopListening();
      clearInterval(heartbeat);
    },
  };
}
