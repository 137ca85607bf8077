// What one `npm run bench` measures and for how long: the full run, or `--smoke`, a quick check that
// the harness itself works (tiny dataset, short scenarios, targets not enforced).
import type { DatasetSize } from "./synthetic-election";

export interface BenchOptions {
  smoke: boolean;
  skipBuild: boolean;
  dataset: DatasetSize;
  /** Measured seconds per autocannon scenario, after `warmupSeconds` that are not counted. */
  seconds: number;
  warmupSeconds: number;
  readConnections: number;
  writers: number;
  pollers: number;
  /** Writes watched by the pollers, `visibleWriteGapMs` apart. */
  visibleWrites: number;
  visibleWriteGapMs: number;
  /** AP snapshots of the whole election, each changing a tenth of its units. */
  feedSnapshots: number;
  /** Event-stream readers of the measured race, held by `eventReaderProcesses` child processes, opened `eventBatch` at a time. */
  eventReaders: number;
  eventReaderProcesses: number;
  eventBatch: number;
  /** Writes watched by the event-stream readers, `eventWriteGapMs` apart. */
  eventWrites: number;
  eventWriteGapMs: number;
  resultsFile: string;
}

const FULL = {
  dataset: { races: 200, unitsPerRace: 13 },
  seconds: 10,
  warmupSeconds: 2,
  visibleWrites: 5,
  visibleWriteGapMs: 4000,
  feedSnapshots: 20,
  eventReaders: 10_000,
  eventBatch: 500,
  eventWrites: 50,
  eventWriteGapMs: 300,
  resultsFile: "bench/results.md",
};

const SMOKE = {
  // 20 units: one for each of the 20 writers.
  dataset: { races: 5, unitsPerRace: 4 },
  seconds: 2,
  warmupSeconds: 1,
  visibleWrites: 2,
  visibleWriteGapMs: 2000,
  feedSnapshots: 3,
  eventReaders: 200,
  eventBatch: 100,
  eventWrites: 5,
  eventWriteGapMs: 200,
  resultsFile: "data/bench/results-smoke.md",
};

export function parseOptions(args: readonly string[]): BenchOptions {
  const known = ["--smoke", "--skip-build"];
  const unknown = args.filter((arg) => !known.includes(arg));
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(", ")}. Usage: npm run bench -- [--smoke] [--skip-build]`);
  const smoke = args.includes("--smoke");
  return { smoke, skipBuild: args.includes("--skip-build"), readConnections: 50, writers: 20, pollers: 200, eventReaderProcesses: 2, ...(smoke ? SMOKE : FULL) };
}
