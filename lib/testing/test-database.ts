// A throwaway SQLite database for integration tests: a fresh file with the real migrations applied,
// pointed at by DATABASE_URL before any lib/server module is imported.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";
import { applyMigrations } from "./sqlite-schema";

export interface TestDatabase {
  url: string;
  client: PrismaClient;
  remove: () => Promise<void>;
}

export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "results-desk-test-"));
  const file = join(dir, "test.db");
  applyMigrations(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();

  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  const client = createPrismaClient(url);
  return {
    url,
    client,
    remove: async () => {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
