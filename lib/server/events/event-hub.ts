import "server-only";
// The event streams of one server instance. Readers of one race share a topic: when a change to it
// reaches this instance (a command here, or another instance's write through the journal; both
// pass through the tag clock), the topic reads the race once, through the read cache, builds its
// frame once, and writes that same buffer to every stream. Ten thousand readers of a race cost one
// read and one frame per change, and a few kilobytes each while they wait.
//
// A stream that cannot keep up (its unsent bytes pass MAX_BACKLOG_BYTES) is ended rather than
// buffered without limit: its browser reconnects with the last id it saw and gets the current state.
import { alreadySeen, commentFrame, eventFrame, HEARTBEAT_MS, openingFrame } from "@/lib/domain/server-sent-events";
import { EVERYTHING } from "@/lib/server/cache/contract.cjs";
import { onInvalidation } from "@/lib/server/cache/tag-clock.cjs";
import { readTopic, topicKey, type TopicKind, type TopicState } from "./event-topics";

/** Where a stream's bytes go: a Node response in the front door, a web stream in Next's route. */
export interface StreamSink {
  write(chunk: Buffer): void;
  end(): void;
  /** Bytes written but not yet sent to the reader. */
  backlog(): number;
}

export interface Subscription {
  unsubscribe(): void;
}

const MAX_BACKLOG_BYTES = 1 << 20;
const OPENING = Buffer.from(openingFrame());
const HEARTBEAT = Buffer.from(commentFrame("keep-alive"));

interface Topic {
  kind: TopicKind;
  slug: string;
  sinks: Set<StreamSink>;
  current: (TopicState & { frame: Buffer }) | null;
  refreshing: Promise<void> | null;
  /** A change arrived while a read was in flight: read again when it ends. */
  stale: boolean;
}

const topics = new Map<string, Topic>();
let heartbeat: NodeJS.Timeout | null = null;
let closed = false;

function send(topic: Topic, sink: StreamSink, chunk: Buffer) {
  if (sink.backlog() > MAX_BACKLOG_BYTES) {
    drop(topic, sink);
    return;
  }
  sink.write(chunk);
}

function drop(topic: Topic, sink: StreamSink) {
  topic.sinks.delete(sink);
  sink.end();
  if (topic.sinks.size === 0 && !topic.refreshing) topics.delete(topicKey(topic.kind, topic.slug));
}

async function readCurrent(topic: Topic): Promise<void> {
  do {
    topic.stale = false;
    const state = await readTopic(topic.kind, topic.slug);
    if (!state || state.etag === topic.current?.etag) continue;
    const changed = topic.current !== null;
    topic.current = { ...state, frame: Buffer.from(eventFrame({ id: state.id, event: topic.kind, data: state.data })) };
    if (changed) for (const sink of [...topic.sinks]) send(topic, sink, topic.current.frame);
  } while (topic.stale && topic.sinks.size > 0);
}

/** Reads the topic again (once, however many changes arrive meanwhile) and sends what changed. */
function refresh(topic: Topic): Promise<void> {
  if (topic.refreshing) {
    topic.stale = true;
    return topic.refreshing;
  }
  topic.refreshing = readCurrent(topic)
    .catch((error: unknown) => console.error(`Could not read ${topic.kind} ${topic.slug} for its event stream:`, error))
    .finally(() => {
      topic.refreshing = null;
      if (topic.sinks.size === 0) topics.delete(topicKey(topic.kind, topic.slug));
    });
  return topic.refreshing;
}

onInvalidation((tags) => {
  if (tags.includes(EVERYTHING)) {
    for (const topic of topics.values()) void refresh(topic);
    return;
  }
  for (const tag of tags) {
    const topic = topics.get(tag);
    if (topic) void refresh(topic);
  }
});

function startHeartbeat() {
  heartbeat ??= setInterval(() => {
    for (const topic of topics.values()) for (const sink of [...topic.sinks]) send(topic, sink, HEARTBEAT);
  }, HEARTBEAT_MS).unref();
}

/**
 * Opens a stream of a race's or an election's events: the current state first (unless the
 * browser's Last-Event-ID says it has it), then one event per change. Null when there is no such
 * race or election; nothing has been written to the sink then.
 */
export async function subscribe(kind: TopicKind, slug: string, lastEventId: string | null, sink: StreamSink): Promise<Subscription | null> {
  if (closed) return null;
  const key = topicKey(kind, slug);
  let topic = topics.get(key);
  if (!topic) topics.set(key, (topic = { kind, slug, sinks: new Set(), current: null, refreshing: null, stale: false }));
  if (!topic.current) await refresh(topic);
  const current = topic.current;
  if (!current) return null;

  topics.set(key, topic); // it may have been let go while the first read was in flight
  topic.sinks.add(sink);
  startHeartbeat();
  sink.write(OPENING);
  if (!alreadySeen(lastEventId, current.id)) sink.write(current.frame);
  const joined = topic;
  return { unsubscribe: () => joined.sinks.has(sink) && drop(joined, sink) };
}

/** Ends every stream (the server is shutting down); browsers reconnect to another instance or to this one restarted. */
export function closeAllStreams(): void {
  closed = true;
  for (const topic of topics.values()) for (const sink of [...topic.sinks]) drop(topic, sink);
  if (heartbeat) clearInterval(heartbeat);
  heartbeat = null;
}

/** How many streams and topics are open: for the benchmark's report and the tests. */
export function streamCounts(): { topics: number; streams: number } {
  let streams = 0;
  for (const topic of topics.values()) streams += topic.sinks.size;
  return { topics: topics.size, streams };
}
