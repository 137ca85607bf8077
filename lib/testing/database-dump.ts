// Every row of every table, for tests that prove a refused request changed nothing. SQLite rows come
// in rowid order; PostgreSQL rows as JSON, ordered by their text so the order is deterministic.
//
// Left out: Prisma's migration history, and the cache journal (lib/server/cache/journal.ts), which
// holds no data and is written a moment after each accepted write, so an earlier write's row may
// land between two dumps.
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath } from "@/lib/server/database-url";
import { psql } from "./postgres-database";

const LEFT_OUT = ["_prisma_migrations", "CacheInvalidation"];

export function databaseDump(url: string): Record<string, unknown[]> {
  return databaseProvider(url) === "postgresql" ? postgresqlDump(url) : sqliteDump(url);
}

function sqliteDump(url: string): Record<string, unknown[]> {
  const sqlite = new Database(sqliteFilePath(url), { readonly: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
      .map(({ name }) => name)
      .filter((name) => !LEFT_OUT.includes(name));
    return Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

function postgresqlDump(url: string): Record<string, unknown[]> {
  const tables = psql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    .split("\n")
    .filter((name) => name && !LEFT_OUT.includes(name));
  if (tables.length === 0) return {};
  const perTable = tables.map((name) => `SELECT '${name}' AS name, (SELECT coalesce(json_agg(r ORDER BY r::text), '[]') FROM "${name}" r) AS rows`);
  return JSON.parse(psql(url, `SELECT json_object_agg(name, rows) FROM (${perTable.join(" UNION ALL ")}) t`));
}
