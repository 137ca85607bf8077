// Builds a Prisma client for a database URL. Used by the app's singleton (db.ts), the seed and the
// tests, so it stays free of "server-only".
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteFilePath } from "@/lib/server/database-url";

/** How long a writer waits on SQLite's lock before giving up, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
