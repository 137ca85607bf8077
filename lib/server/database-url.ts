// Where the database lives, and which kind it is. Shared by the app, the Prisma CLI config and the
// scripts, so it must not import "server-only". SQLite is the embedded default: a file under data/;
// a postgresql:// (or postgres://) URL selects PostgreSQL.
//
// The app reads DATABASE_URL through lib/server/env.ts, which validates it with the rule below.
// databaseUrl() reads it straight from the environment for the code that runs before or without the
// app: the migration script, the seed, the Prisma CLI config and the end-to-end set-up, which cannot
// import the app's "server-only" settings module.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/results.db";
export const DATABASE_URL_RULE = "must be a file: URL (SQLite) or a postgresql:// URL";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** The provider a URL selects, or null for a URL that selects none. */
export function providerOf(url: string): DatabaseProvider | null {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  return null;
}

export function databaseProvider(url: string): DatabaseProvider {
  const provider = providerOf(url);
  if (!provider) throw new Error(`DATABASE_URL ${DATABASE_URL_RULE}, got "${url.split(":")[0]}:…"`);
  return provider;
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
