// Builds a Prisma client for a database URL: SQLite through better-sqlite3 for file: URLs,
// PostgreSQL through node-postgres for postgresql:// URLs. Used by the app's singleton (db.ts), the
// seed and the tests, so it stays free of "server-only".
//
// Each provider has its own generated client (prisma/schema.prisma and its PostgreSQL copy); their
// model APIs are the same, so the app is typed against the SQLite one.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseProvider, sqliteFilePath } from "@/lib/server/database-url";

/** How long a writer waits on SQLite's lock before giving up, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/**
 * Batch transactions: how long one may wait for its turn (SQLite runs one writer at a time) and how
 * long it may run (a 100,000-row import is one batch; Prisma's default would cut it at 5 s).
 */
const transactionOptions = { maxWait: 10_000, timeout: 60_000 };

/**
 * `poolSize` is PostgreSQL's connections for this client: the app's singleton passes the
 * DATABASE_POOL_SIZE setting (lib/server/env.ts); a script or a test, one process, takes the default.
 */
export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: poolSize });
    return new PostgresqlPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter, transactionOptions });
}

export type { PrismaClient };
