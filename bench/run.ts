// `npm run bench [-- --smoke] [-- --skip-build]`: serves a production build on a throwaway
// database holding a large synthetic election and measures what election night asks of it (reader
// pages, the polled JSON, tally writes, how soon readers see a write, the server's memory) beside
// a static file served by the same server. The report goes to bench/results.md (smoke runs:
// data/bench/results-smoke.md). Exits 1 when a request failed or a write was lost; a missed
// target is reported, not fatal.
import { writeFileSync } from "node:fs";
import { constants, cpus } from "node:os";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { buildApp, startApp } from "./app-server";
import { BENCH_DATABASE_URL, BENCH_DIR, recreateBenchDatabase } from "./bench-database";
import { measureEventStreams } from "./event-streams";
import { parseOptions } from "./options";
import { failures, reportMarkdown, targets, type BenchFigures } from "./report";
import { measureAll } from "./scenarios";
import { sampleTreeRss } from "./server-process";
import { removeBaselineFile, writeBaselineFile } from "./static-baseline";
import { loadSyntheticElection } from "./synthetic-election";
import { loadUnitWriters } from "./unit-writer";
import { createWriterKey } from "./writer-key";

const options = parseOptions(process.argv.slice(2));
// The benchmark measures the desk and its readers: no feed poller ticking beside them.
const env = { ...process.env, DATABASE_URL: BENCH_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", FEED_POLLING: "off", WEBHOOKS: "off" };
const serverLog = `${BENCH_DIR}/server.log`;

// Undone last first, once, whether the run ends, fails or is interrupted.
const cleanups: (() => unknown)[] = [];
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  })());
// Not `once`: a Ctrl-C reaches this process twice (from the terminal, and relayed by tsx), and
// a second signal without a listener would end the process half-way through cleaning up.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!cleaning) console.error(`${signal}: stopping the server.`);
    void cleanUp().finally(() => process.exit(128 + constants.signals[signal]));
  });
}

async function racePageBytes(path: string): Promise<number> {
  const server = await startApp(env, serverLog);
  try {
    const response = await fetch(server.origin + path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}; see ${serverLog}`);
    return (await response.arrayBuffer()).byteLength;
  } finally {
    await server.stop();
  }
}

async function bench(): Promise<BenchFigures> {
  const startedAt = new Date();
  console.log(`Creating ${BENCH_DATABASE_URL} …`);
  recreateBenchDatabase(env);
  const db = createPrismaClient(BENCH_DATABASE_URL);
  cleanups.push(() => db.$disconnect());
  const election = await loadSyntheticElection(db, options.dataset);
  // The app's own modules (the key's account) read DATABASE_URL from this process.
  process.env.DATABASE_URL = BENCH_DATABASE_URL;
  const apiKey = await createWriterKey();
  // The feed scenario creates races, which takes an editor.
  const editorKey = await createWriterKey("editor");
  if (!options.skipBuild) buildApp(env);

  // A first server measures the race page, so that the baseline file, which must exist before the
  // server starts, can be written at the same size.
  console.log("Measuring the race page's size …");
  const pageBytes = await racePageBytes(`/races/${election.measuredRace}`);
  writeBaselineFile(pageBytes);
  cleanups.push(removeBaselineFile);

  const server = await startApp(env, serverLog);
  cleanups.push(() => server.stop());
  const memory = sampleTreeRss(server.pid);
  console.log(`Serving ${server.origin} (log: ${serverLog}).`);
  const measured = await measureAll(db, server, { writer: apiKey, editor: editorKey }, election, options);
  const peakRssBytes = memory.stop();
  await server.stop();

  // Event streams on a server of their own: the figures above stay those of a server without
  // streams, and the streams' memory is measured from a known start.
  console.log(`Measuring ${options.eventReaders} event streams on a fresh server …`);
  const eventServer = await startApp(env, serverLog);
  cleanups.push(() => eventServer.stop());
  const [watched] = await loadUnitWriters(db, 1, election.measuredRace);
  const events = await measureEventStreams(eventServer, { origin: eventServer.origin, apiKey, writer: watched! }, {
    readers: options.eventReaders,
    processes: options.eventReaderProcesses,
    batch: options.eventBatch,
    writes: options.eventWrites,
    writeGapMs: options.eventWriteGapMs,
  });
  await eventServer.stop();
  const cpu = cpus();
  return { startedAt, machine: `${cpu.length} cores (${cpu[0]?.model.trim()})`, election, racePageBytes: pageBytes, ...measured, events, peakRssBytes };
}

try {
  const figures = await bench();
  const report = reportMarkdown(figures, options);
  writeFileSync(options.resultsFile, report);
  console.log(`\n${report}\nWritten to ${options.resultsFile}.`);
  const missed = targets(figures).filter((target) => !target.met);
  if (missed.length > 0 && !options.smoke) console.log(`MISSED ${missed.length} target(s): ${missed.map((t) => t.name).join("; ")}.`);
  const failed = failures(figures);
  if (failed.length > 0) {
    console.error(`FAILED: ${failed.join("; ")}.`);
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
