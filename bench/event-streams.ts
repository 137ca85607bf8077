// How soon a write reaches readers who hold an event stream open (GET /api/v1/races/{slug}/events),
// and what the streams cost the server. Child processes (bench/event-readers.ts) open the streams
// of one race in batches, so that the server's accept queue is never overrun; once all are open
// and the server is idle, a writer saves the race's first unit a number of times, some hundreds of
// milliseconds apart. A sample is the wait from a write's sending to a reader's receiving the event
// whose id is the race version the write made (or a later one), for every reader and every write.
import { fork, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { RaceResult } from "@/lib/domain/race-result";
import type { ReaderCommand, ReaderMessage, WrittenVersion } from "./event-readers";
import { sampleTreeRss, treeCpuMs, treeRssBytes, waitUntilIdle } from "./server-process";
import { nextTallyBody, recordAnswer, type UnitWriter } from "./unit-writer";
import { percentile } from "./write-to-visible";

export interface EventStreamSettings {
  readers: number;
  /** Reader processes, sharing the readers. */
  processes: number;
  /** Streams opened at once; the next batch waits until each has its first event. */
  batch: number;
  writes: number;
  writeGapMs: number;
}

export interface EventStreamFigures {
  settings: EventStreamSettings;
  readers: number;
  opened: number;
  failed: number;
  failures: string[];
  /** Streams that ended before the scenario did. */
  dropped: number;
  /** Reader × write pairs where the reader never received the write. */
  unseen: number;
  openSeconds: number;
  writes: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Per write, from the first reader's receiving it to the last's. */
  fanOutP50Ms: number;
  fanOutP95Ms: number;
  rssBeforeBytes: number;
  rssWithStreamsBytes: number;
  peakRssBytes: number;
  /** CPU time spent per write while the writes ran: the server's (the write, the read, the fan-out), and the readers' processes'. */
  serverCpuMsPerWrite: number;
  readersCpuMsPerWrite: number;
  /** The machine's 1-minute load average at the end of the writes: other work on the same two cores shows here. */
  loadAverage: number;
}

/** After the last write, how long readers have to receive it; one that has not by then counts it unseen. */
const LAST_WRITE_GRACE_MS = 10_000;
const READERS_SCRIPT = fileURLToPath(new URL("./event-readers.ts", import.meta.url));
const now = () => performance.timeOrigin + performance.now();

/** The child's next message of one type; rejects if the child exits first. */
function nextMessage<T extends ReaderMessage["type"]>(child: ChildProcess, type: T): Promise<Extract<ReaderMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ReaderMessage) => {
      if (message.type !== type) return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve(message as Extract<ReaderMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      child.off("message", onMessage);
      reject(new Error(`An event reader process exited (${code}) before it sent "${type}".`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Sends the child a command and waits for its answer. */
function ask<T extends ReaderMessage["type"]>(child: ChildProcess, command: ReaderCommand, answer: T): Promise<Extract<ReaderMessage, { type: T }>> {
  const answered = nextMessage(child, answer);
  child.send(command);
  return answered;
}

const sumOf = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0);

/** Splits n into `parts` near-equal whole shares. */
const shares = (n: number, parts: number) => Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));

async function openStreams(children: ChildProcess[], settings: EventStreamSettings) {
  let opened = 0;
  let failed = 0;
  const failures = new Set<string>();
  for (let done = 0; done < settings.readers; done += settings.batch) {
    const batch = Math.min(settings.batch, settings.readers - done);
    const answers = await Promise.all(
      shares(batch, children.length).map((count, i) => ask(children[i]!, { type: "open", count }, "opened")),
    );
    for (const answer of answers) {
      opened += answer.opened;
      failed += answer.failed;
      answer.errors.forEach((error) => failures.add(error));
    }
  }
  return { opened, failed, failures: [...failures] };
}

async function write({ origin, apiKey, writer }: WatchedWrites): Promise<WrittenVersion> {
  const sentAt = now();
  const response = await fetch(origin + writer.path, {
    method: "PUT",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: nextTallyBody(writer),
  });
  const body = await response.text();
  recordAnswer(writer, response.status, body);
  if (response.status !== 200) throw new Error(`A write to ${writer.path} watched by event streams was answered ${response.status}.`);
  return { version: (JSON.parse(body) as RaceResult).version, sentAt };
}

/** Where the writes go: the streams' server, or another instance of the app on the same database. */
export interface WatchedWrites {
  origin: string;
  apiKey: string;
  writer: UnitWriter;
}

/** `server` holds the streams; its memory and CPU are measured. */
export async function measureEventStreams(server: { origin: string; pid: number }, watched: WatchedWrites, settings: EventStreamSettings): Promise<EventStreamFigures> {
  const url = `${server.origin}/api/v1/races/${watched.writer.raceSlug}/events`;
  const children = Array.from({ length: settings.processes }, () =>
    fork(READERS_SCRIPT, [url], { execArgv: ["--import", "tsx/esm"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
  );
  try {
    await waitUntilIdle(server.pid);
    const rssBeforeBytes = treeRssBytes(server.pid);
    const memory = sampleTreeRss(server.pid);
    const openedAt = now();
    const { opened, failed, failures } = await openStreams(children, settings);
    const openSeconds = (now() - openedAt) / 1000;
    console.log(`  ${opened} streams open in ${openSeconds.toFixed(1)} s (${failed} failed); writing …`);
    await waitUntilIdle(server.pid);
    const rssWithStreamsBytes = treeRssBytes(server.pid);

    const cpuBefore = { server: treeCpuMs(server.pid), readers: sumOf(children, (child) => treeCpuMs(child.pid!)) };
    const writes: WrittenVersion[] = [];
    for (let i = 0; i < settings.writes; i++) {
      writes.push(await write(watched));
      await sleep(settings.writeGapMs);
    }
    const last = writes.at(-1)?.version ?? 0;
    await Promise.all(children.map((child) => ask(child, { type: "catchUp", version: last, timeoutMs: LAST_WRITE_GRACE_MS }, "caughtUp")));
    const peakRssBytes = memory.stop();
    const loadAverage = loadavg()[0]!;
    const serverCpuMsPerWrite = (treeCpuMs(server.pid) - cpuBefore.server) / writes.length;
    const readersCpuMsPerWrite = (sumOf(children, (child) => treeCpuMs(child.pid!)) - cpuBefore.readers) / writes.length;

    const reports = await Promise.all(children.map((child) => ask(child, { type: "report", writes }, "report")));
    const latencies = reports.flatMap((report) => report.latenciesMs).sort((a, b) => a - b);
    const fanOuts = writes
      .flatMap((_, i) => {
        const first = Math.min(...reports.map((report) => report.firstAt[i] ?? Infinity));
        const last = Math.max(...reports.map((report) => report.lastAt[i] ?? -Infinity));
        return Number.isFinite(first) && Number.isFinite(last) ? [last - first] : [];
      })
      .sort((a, b) => a - b);
    return {
      settings,
      readers: settings.readers,
      opened,
      failed,
      failures,
      dropped: sumOf(reports, (report) => report.dropped),
      unseen: sumOf(reports, (report) => report.unseen),
      openSeconds,
      writes: writes.length,
      samples: latencies.length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? NaN,
      fanOutP50Ms: percentile(fanOuts, 50),
      fanOutP95Ms: percentile(fanOuts, 95),
      rssBeforeBytes,
      rssWithStreamsBytes,
      peakRssBytes,
      serverCpuMsPerWrite,
      readersCpuMsPerWrite,
      loadAverage,
    };
  } finally {
    for (const child of children) if (child.connected) child.send({ type: "close" } satisfies ReaderCommand);
  }
}
