// The server as the operating system sees it, from /proc (Linux only): the server process and
// every process below it. Their resident memory (VmRSS) is sampled through the run, and their CPU
// time tells when the server has worked through the previous scenario's backlog.
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const SAMPLE_INTERVAL_MS = 250;
/** /proc counts CPU time in ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;
const IDLE_WINDOW_MS = 500;
const IDLE_CPU_SHARE = 0.1;
const IDLE_TIMEOUT_MS = 30_000;

/** The fields of /proc/<pid>/stat from the third (state) on, or null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    // The command name (field 2) may hold spaces and parentheses; the fields after it do not.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function rssBytes(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User and system CPU time, in ticks. */
function cpuTicks(pid: number): number {
  const fields = statFields(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : 0;
}

function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    const parent = Number.isInteger(pid) ? Number(statFields(pid)?.[1]) : NaN;
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

const sum = (pids: number[], measure: (pid: number) => number) => pids.reduce((total, pid) => total + measure(pid), 0);

export interface RssSampler {
  /** Stops sampling; the highest total seen, in bytes. */
  stop(): number;
}

export function sampleTreeRss(rootPid: number): RssSampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  };
  sample();
  // Unref'd: a run that fails half-way must not be kept alive by its sampler.
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS).unref();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Waits until the server uses under a tenth of a core (at most 30 s). A load generator that stops
 * leaves the server answering the requests already queued; the next scenario must not pay for them.
 */
export async function waitUntilIdle(rootPid: number): Promise<void> {
  const idleTicks = (IDLE_WINDOW_MS / 1000) * TICKS_PER_SECOND * IDLE_CPU_SHARE;
  const deadline = Date.now() + IDLE_TIMEOUT_MS;
  let before = sum(processTree(rootPid), cpuTicks);
  while (Date.now() < deadline) {
    await sleep(IDLE_WINDOW_MS);
    const now = sum(processTree(rootPid), cpuTicks);
    if (now - before <= idleTicks) return;
    before = now;
  }
}

/** The resident memory of the server and its children now, in bytes. */
export function treeRssBytes(rootPid: number): number {
  return sum(processTree(rootPid), rssBytes);
}

/** The CPU time (user and system) used so far by the process and its children, in milliseconds. */
export function treeCpuMs(rootPid: number): number {
  return (sum(processTree(rootPid), cpuTicks) * 1000) / TICKS_PER_SECOND;
}
