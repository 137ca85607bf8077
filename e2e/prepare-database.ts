// Gives the end-to-end servers a fresh database: delete the throwaway one, apply the real migrations
// (npm run db:migrate's script), load the demo data, make the API keys. Refuses anything but a local
// SQLite file under data/ or a local PostgreSQL database named *_e2e, so a test run can never wipe
// a real newsroom's database.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { databaseProvider, sqliteFilePath } from "../lib/server/database-url";
import { createDatabase, databaseName, databaseUrlOn, dropDatabase } from "../lib/testing/postgres-database";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

const url = process.env.DATABASE_URL ?? "";
if (databaseProvider(url) === "postgresql") {
  const name = databaseName(url);
  if (!LOCAL_HOSTS.includes(new URL(url).hostname) || !name.endsWith("_e2e")) {
    throw new Error(`End-to-end tests run only on a local PostgreSQL database whose name ends in _e2e, not "${name}" on ${new URL(url).host}.`);
  }
  dropDatabase(url);
  createDatabase(databaseUrlOn(url, "postgres"), name);
} else {
  const file = sqliteFilePath(url);
  if (relative(resolve("data"), file).startsWith("..")) {
    throw new Error(`End-to-end tests run only on a throwaway SQLite file under data/, not "${url}".`);
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit", env: process.env });
run("npx", ["tsx", "scripts/migrate.ts"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
run("npx", ["tsx", "--conditions=react-server", "e2e/create-api-keys.ts"]);
