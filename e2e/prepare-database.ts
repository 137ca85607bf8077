// Gives the end-to-end server a fresh database: delete the throwaway file, apply the real
// migrations with the Prisma CLI, load the demo data. Refuses anything but a local SQLite file
// under data/, so a test run can never wipe a real newsroom's database.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { sqliteFilePath } from "../lib/server/database-url";

const url = process.env.DATABASE_URL ?? "";
const file = url.startsWith("file:") ? sqliteFilePath(url) : null;
if (!file || relative(resolve("data"), file).startsWith("..")) {
  throw new Error(`End-to-end tests run only on a throwaway SQLite file under data/, not "${url}".`);
}
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit", env: process.env });
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "scripts/sqlite-wal.ts"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
run("npx", ["tsx", "--conditions=react-server", "e2e/create-api-keys.ts"]);
