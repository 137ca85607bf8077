// The text/event-stream format (HTML Living Standard, "Server-sent events"), as the event routes
// write it: frames of `field: value` lines ended by a blank line. A frame's data may not hold a
// line break, or the browser would read the rest as other fields; JSON from JSON.stringify never
// does, and anything else is split over several `data:` lines, which the browser joins again.

/** How long a browser waits before reconnecting after the stream ends (the server restarts, a proxy drops it). */
export const RECONNECT_MS = 3_000;
/** A comment every 15 s keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

export interface ServerSentEvent {
  /** What EventSource remembers and sends back as Last-Event-ID when it reconnects. */
  id: string;
  /** The name a page listens for with addEventListener. */
  event: string;
  data: string;
}

const singleLine = (value: string, field: string) => {
  if (/[\r\n]/.test(value)) throw new Error(`An event's ${field} cannot span lines: ${JSON.stringify(value)}`);
  return value;
};

export function eventFrame({ id, event, data }: ServerSentEvent): string {
  const lines = data.split(/\r\n|\r|\n/).map((line) => `data: ${line}\n`);
  return `id: ${singleLine(id, "id")}\nevent: ${singleLine(event, "name")}\n${lines.join("")}\n`;
}

/** Opens a stream: tells the browser how soon to come back if it ends. */
export const openingFrame = (reconnectMs = RECONNECT_MS) => `retry: ${reconnectMs}\n\n`;

/** A comment: ignored by EventSource, but it keeps the connection busy. */
export const commentFrame = (text: string) => `: ${singleLine(text, "comment")}\n\n`;

/**
 * Whether a reconnecting reader already has the current state: the browser sends the id of the
 * last event it received, and nothing changed since.
 */
export const alreadySeen = (lastEventId: string | null | undefined, currentId: string) => lastEventId?.trim() === currentId;
