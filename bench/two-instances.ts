// `npm run bench:instances [-- --skip-build]`: two instances of the app on one PostgreSQL database,
// as a deployment behind a load balancer runs them. Readers hold event streams of the benchmark's
// race on instance B while the writes go to instance A: each change reaches B by LISTEN/NOTIFY
// (lib/server/cache/journal-listener.ts), and B's streams then carry it. Needs PostgreSQL's server
// programs (a throwaway cluster is started in a temporary folder and removed afterwards). Writes
// bench/results-two-instances.md; exits 1 when a stream failed or missed a write.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { startPostgresServer } from "@/lib/testing/postgres-server";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { buildApp, startApp, type AppServer } from "./app-server";
import { BENCH_DIR } from "./bench-database";
import { measureEventStreams, type EventStreamSettings } from "./event-streams";
import { eventStreamSentence, number } from "./report";
import { loadSyntheticElection } from "./synthetic-election";
import { loadUnitWriters } from "./unit-writer";
import { createWriterKey } from "./writer-key";

const RESULTS_FILE = "bench/results-two-instances.md";
const DATASET = { races: 200, unitsPerRace: 13 };
const SETTINGS: EventStreamSettings = { readers: 100, processes: 1, batch: 100, writes: 50, writeGapMs: 300 };
const TARGET_P95_MS = 1000;

const args = process.argv.slice(2);
if (args.some((arg) => arg !== "--skip-build")) throw new Error("Usage: npm run bench:instances -- [--skip-build]");

rmSync(BENCH_DIR, { recursive: true, force: true });
mkdirSync(BENCH_DIR, { recursive: true });
const postgres = await startPostgresServer();
const servers: AppServer[] = [];
try {
  const env = { ...process.env, DATABASE_URL: postgres.url, NEXT_TELEMETRY_DISABLED: "1", FEED_POLLING: "off" };
  console.log(`PostgreSQL at ${postgres.url}; applying the migrations …`);
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "inherit", env });
  const db = createPrismaClient(postgres.url);
  const election = await loadSyntheticElection(db, DATASET);
  // The key's account is created through the app's own modules, which read DATABASE_URL.
  process.env.DATABASE_URL = postgres.url;
  const apiKey = await createWriterKey();
  if (!args.includes("--skip-build")) buildApp(env);

  for (const name of ["a", "b"]) servers.push(await startApp(env, `${BENCH_DIR}/server-${name}.log`));
  const [writes, streams] = servers as [AppServer, AppServer];
  console.log(`Instance A ${writes.origin} takes the writes; instance B ${streams.origin} holds ${SETTINGS.readers} streams …`);
  const [writer] = await loadUnitWriters(db, 1, election.measuredRace);
  const figures = await measureEventStreams(streams, { origin: writes.origin, apiKey, writer: writer! }, SETTINGS);
  await db.$disconnect();

  const met = figures.p95Ms <= TARGET_P95_MS && figures.unseen === 0;
  const cpu = cpus();
  const report = [
    "# Results desk benchmark: two instances on PostgreSQL",
    "",
    `${new Date().toISOString()} on ${cpu.length} cores (${cpu[0]?.model.trim()}), Node ${process.version}; both instances, PostgreSQL and the readers on the same machine.`,
    `Dataset: the main benchmark's (${number(election.races)} races, ${number(election.units)} reporting units). Writes go to instance A; the streams are on instance B, which learns of each write by LISTEN/NOTIFY.`,
    "",
    `Instance B: ${eventStreamSentence(figures)}`,
    "",
    "| Target | Figure | Result |",
    "| --- | --- | --- |",
    `| A write on A reaches a stream on B p95 ≤ ${number(TARGET_P95_MS)} ms | p95 ${number(figures.p95Ms)} ms, ${figures.unseen} unseen | ${met ? "pass" : "MISSED"} |`,
    "",
  ].join("\n");
  writeFileSync(RESULTS_FILE, report);
  console.log(`\n${report}\nWritten to ${RESULTS_FILE}.`);
  if (figures.failed + figures.dropped + figures.unseen > 0) {
    console.error(`FAILED: ${figures.failed} streams failed, ${figures.dropped} dropped, ${figures.unseen} writes unseen.`);
    process.exitCode = 1;
  }
} finally {
  for (const server of servers) await server.stop();
  postgres.stop();
}
