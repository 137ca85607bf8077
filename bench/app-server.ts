// The app under test: the production build served as `npm start` serves it (server.ts) on a free local port, in a
// process group of its own, so stopping it stops every process it started (and a Ctrl-C in the
// terminal reaches the benchmark, which then stops the server itself).
import { execFileSync, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// What `npm start` runs. Started directly, so that npm's own process (tens of MB) is not counted in
// the server's memory.
const SERVER_COMMAND = ["node", ["--max-old-space-size=256", "--import", "tsx/esm", "server.ts"]] as const;
/** BENCH_CPU_PROFILE=1 writes the server's CPU profile to data/bench/ when it stops, for chrome://inspect. */
const PROFILE_FLAGS = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=data/bench"] : [];
const READY_PATH = "/api/v1/elections";
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export interface AppServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

export function buildApp(env: NodeJS.ProcessEnv): void {
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function waitUntilReady(origin: string, hasExited: () => boolean, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`The server exited before it was ready; see ${logFile}`);
    const status = await fetch(origin + READY_PATH).then((response) => response.status, () => 0);
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`The server did not answer ${READY_PATH} within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

/** Starts the server on the benchmark's database; its output is appended to `logFile`. */
export async function startApp(env: NodeJS.ProcessEnv, logFile: string): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The server writes its output straight to the log file: nothing is lost if the benchmark fails.
  const log = openSync(logFile, "a");
  const child = spawn(SERVER_COMMAND[0], [...PROFILE_FLAGS, ...SERVER_COMMAND[1]], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", PUBLIC_URL: origin },
  });
  closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", resolve);
    child.once("error", resolve);
  }).then(() => {
    exited = true;
  });

  const server: AppServer = {
    origin,
    pid: child.pid ?? 0,
    async stop() {
      if (exited || !child.pid) return;
      signalGroup(child.pid, "SIGTERM");
      await Promise.race([exit, sleep(STOP_GRACE_MS)]);
      // Also reaches any worker left behind by a server that did exit.
      signalGroup(child.pid, "SIGKILL");
      await exit;
    },
  };
  try {
    await waitUntilReady(origin, () => exited, logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
