// A child process of the benchmark holding thousands of event-stream readers of one race, with raw
// node:http requests (as many browsers' EventSource would, minus the browser). Run apart from the
// benchmark so that reading ten thousand streams does not delay its writes or its clock; started by
// bench/event-streams.ts, which tells it over IPC when to open more streams and when to report.
// Arrival times are wall-clock milliseconds (performance.timeOrigin + now), comparable across the
// processes of one machine.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { EventIdReader } from "./event-frames";

export type ReaderCommand =
  | { type: "open"; count: number }
  | { type: "catchUp"; version: number; timeoutMs: number }
  | { type: "report"; writes: WrittenVersion[] }
  | { type: "close" };

export interface WrittenVersion {
  version: number;
  /** Wall-clock ms when the write was sent. */
  sentAt: number;
}

export type ReaderMessage =
  | { type: "opened"; opened: number; failed: number; errors: string[] }
  | { type: "caughtUp"; behind: number }
  /** firstAt and lastAt: per write, the first and the last reader's arrival (null when no reader saw it). */
  | { type: "report"; latenciesMs: number[]; firstAt: (number | null)[]; lastAt: (number | null)[]; unseen: number; dropped: number; open: number };

interface Reader {
  /** Each event received: its id and when, in arrival order. */
  arrivals: { id: number; at: number }[];
  /** The highest id received. */
  lastId: number;
  ended: boolean;
}

const [url] = process.argv.slice(2);
if (!url) throw new Error("Usage: event-readers.ts <event stream URL> (started by bench/event-streams.ts)");
/** A stream that has not delivered its first event by then counts as failed. */
const FIRST_EVENT_TIMEOUT_MS = 30_000;
const CATCH_UP_CHECK_MS = 50;
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
const readers: Reader[] = [];
let closing = false;
const now = () => performance.timeOrigin + performance.now();
const send = (message: ReaderMessage) => process.send!(message);

/** Opens one stream; resolves with true once its first event has arrived, or with why it failed. */
function openReader(): Promise<true | string> {
  return new Promise((resolve) => {
    const reader: Reader = { arrivals: [], lastId: -1, ended: false };
    const frames = new EventIdReader();
    let settled = false;
    const settle = (outcome: true | string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (outcome === true) readers.push(reader);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle("no first event within 30 s");
      outgoing.destroy();
    }, FIRST_EVENT_TIMEOUT_MS);
    const outgoing = request(url!, { agent, headers: { accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        settle(`answered ${response.statusCode}`);
        response.resume();
        return;
      }
      response.on("data", (chunk: Buffer) => {
        const at = now();
        frames.read(chunk, (id) => {
          reader.arrivals.push({ id, at });
          reader.lastId = Math.max(reader.lastId, id);
          settle(true);
        });
      });
      const end = () => {
        reader.ended = true;
        settle("ended before its first event");
      };
      response.once("end", end);
      response.once("close", end);
      response.once("error", end);
    });
    outgoing.once("error", (error) => {
      reader.ended = true;
      settle(error.message);
    });
    outgoing.end();
  });
}

async function open(count: number): Promise<void> {
  const outcomes = await Promise.all(Array.from({ length: count }, openReader));
  const errors = outcomes.filter((outcome): outcome is string => outcome !== true);
  send({ type: "opened", opened: count - errors.length, failed: errors.length, errors: [...new Set(errors)].slice(0, 5) });
}

/** Waits until every open stream has received `version` (or a later one), or the time is up; says how many have not. */
async function catchUp(version: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const behind = () => readers.filter((reader) => !reader.ended && reader.lastId < version).length;
  while (behind() > 0 && Date.now() < deadline) await sleep(CATCH_UP_CHECK_MS);
  send({ type: "caughtUp", behind: behind() });
}

/** For each write, every reader's wait from the write's sending to the first event carrying it (or a later version). */
function report(writes: WrittenVersion[]): void {
  const latenciesMs: number[] = [];
  const firstAt: (number | null)[] = writes.map(() => null);
  const lastAt: (number | null)[] = writes.map(() => null);
  let unseen = 0;
  for (const reader of readers) {
    writes.forEach((write, i) => {
      const seen = reader.arrivals.find((arrival) => arrival.id >= write.version);
      if (!seen) {
        unseen++;
        return;
      }
      latenciesMs.push(seen.at - write.sentAt);
      firstAt[i] = Math.min(firstAt[i] ?? Infinity, seen.at);
      lastAt[i] = Math.max(lastAt[i] ?? -Infinity, seen.at);
    });
  }
  const dropped = readers.filter((reader) => reader.ended).length;
  send({ type: "report", latenciesMs, firstAt, lastAt, unseen, dropped, open: readers.length - dropped });
}

process.on("message", (command: ReaderCommand) => {
  if (command.type === "open") void open(command.count);
  else if (command.type === "catchUp") void catchUp(command.version, command.timeoutMs);
  else if (command.type === "report") report(command.writes);
  else if (!closing) {
    closing = true;
    agent.destroy();
    process.disconnect();
    process.exit(0);
  }
});
