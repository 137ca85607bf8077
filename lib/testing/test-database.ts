// A throwaway database for integration tests, with the real migrations applied, pointed at by
// DATABASE_URL before any lib/server module is imported: a fresh SQLite file, or with
// TEST_DATABASE_PROVIDER=postgresql a fresh database on the server at TEST_POSTGRES_URL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath } from "@/lib/server/database-url";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";
import { createDatabase, dropDatabase, psql } from "./postgres-database";
import { applyPostgresqlMigrations } from "./postgresql-schema";
import { applyMigrations } from "./sqlite-schema";
import { testDatabaseProvider, testPostgresUrl } from "./test-env";

export interface TestDatabase {
  url: string;
  client: PrismaClient;
  remove: () => Promise<void>;
}

export function createTestDatabase(): TestDatabase {
  const { url, remove } = testDatabaseProvider() === "postgresql" ? createPostgresqlDatabase() : createSqliteDatabase();
  process.env.DATABASE_URL = url;
  const client = createPrismaClient(url);
  return {
    url,
    client,
    remove: async () => {
      await client.$disconnect();
      remove();
    },
  };
}

function createSqliteDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "results-desk-test-"));
  const file = join(dir, "test.db");
  applyMigrations(file);
  runSql(`file:${file}`, "PRAGMA journal_mode = WAL");
  return { url: `file:${file}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function createPostgresqlDatabase() {
  const url = createDatabase(testPostgresUrl());
  applyPostgresqlMigrations(url);
  return { url, remove: () => dropDatabase(url) };
}

/** Runs SQL on a test database behind the app's back, e.g. to make a table unreadable. */
export function runSql(url: string, sql: string): void {
  if (databaseProvider(url) === "postgresql") {
    psql(url, sql);
    return;
  }
  const sqlite = new Database(sqliteFilePath(url));
  try {
    sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
}
