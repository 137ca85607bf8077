// A throwaway PostgreSQL cluster for tests and CI: a fresh data folder in a temporary directory,
// trust authentication, listening on 127.0.0.1 only, tuned for speed over durability. The Debian
// server binaries refuse to run as root, so as root the cluster is run by the `postgres` user.
//
//   tsx lib/testing/postgres-server.ts start <dir>   starts one in <dir> and prints its admin URL
//   tsx lib/testing/postgres-server.ts stop <dir>    stops it and removes <dir>
import { execFileSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface PostgresServer {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop: () => void;
}

const SETTINGS = { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_connections: 200, listen_addresses: "'127.0.0.1'" };

function binDir(): string {
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(debian, version, "bin")).find((dir) => existsSync(join(dir, "pg_ctl")));
  if (found) return found;
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No PostgreSQL server binaries found: install them (Debian: apt-get install postgresql).");
  }
}

/** Runs a server binary, as `postgres` when we are root. */
function runServerTool(tool: string, args: string[]): void {
  const path = join(binDir(), tool);
  const [command, commandArgs] = userInfo().uid === 0 ? ["runuser", ["-u", "postgres", "--", path, ...args]] : [path, args];
  execFileSync(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
}

function postgresId(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Starts a cluster whose files live in `dir` (created if missing, removed by stop()). */
export async function startPostgresServer(dir = mkdtempSync(join(tmpdir(), "results-desk-pg-"))): Promise<PostgresServer> {
  const data = join(dir, "data");
  mkdirSync(dir, { recursive: true });
  if (userInfo().uid === 0) chownSync(dir, postgresId("-u"), postgresId("-g"));
  const port = await freePort();
  const settings = { ...SETTINGS, port, unix_socket_directories: `'${dir}'` };
  try {
    runServerTool("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
    appendFileSync(join(data, "postgresql.conf"), Object.entries(settings).map(([name, value]) => `${name} = ${value}\n`).join(""));
    runServerTool("pg_ctl", ["start", "-w", "-D", data, "-l", join(dir, "server.log")]);
  } catch (error) {
    const log = existsSync(join(dir, "server.log")) ? readFileSync(join(dir, "server.log"), "utf8") : "";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`);
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop: () => stopPostgresServer(dir) };
}

export function stopPostgresServer(dir: string): void {
  const data = join(dir, "data");
  if (existsSync(join(data, "postmaster.pid"))) runServerTool("pg_ctl", ["stop", "-w", "-m", "fast", "-D", data]);
  rmSync(dir, { recursive: true, force: true });
}

async function main([command, dir]: string[]): Promise<void> {
  if (command === "start" && dir) console.log((await startPostgresServer(dir)).url);
  else if (command === "stop" && dir) stopPostgresServer(dir);
  else throw new Error("usage: tsx lib/testing/postgres-server.ts start|stop <dir>");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
