// Where the database lives, and which kind it is. Shared by the app, the Prisma CLI config and the
// scripts, so it must not import "server-only". SQLite is the embedded default: a file under data/;
// a postgresql:// (or postgres://) URL selects PostgreSQL.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/results.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got "${url.split(":")[0]}:…"`);
}

/** The file path of a `file:` URL, relative to the project root; its folder is created. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${url.split(":")[0]}:…"`);
  }
  const path = resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length));
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
