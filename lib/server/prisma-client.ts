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
import type Database from "better-sqlite3";
import { databaseProvider, sqliteFilePath } from "@/lib/server/database-url";
import { keepPreparedStatements } from "@/lib/server/sqlite-statements";

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
  const adapter = new SqliteKeepingStatements({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter, transactionOptions });
  sqliteAdapters.set(client, adapter);
  return client;
}

/**
 * Prisma's SQLite adapter, with its connection's statements kept prepared (sqlite-statements.ts)
 * and the connection within reach of sqlite-batch.ts, which runs write batches on it directly.
 */
class SqliteKeepingStatements extends PrismaBetterSQLite3 {
  connection: Database.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    // The adapter's connection is its `client` field (adapter-better-sqlite3 6.19).
    this.connection = keepPreparedStatements((adapter as unknown as { client: Database.Database }).client);
    return adapter;
  }
}

const sqliteAdapters = new WeakMap<PrismaClient, SqliteKeepingStatements>();

/** The SQLite connection under a client of createPrismaClient's, once it has connected; null on PostgreSQL. */
export function sqliteConnectionOf(client: PrismaClient): Database.Database | null {
  const connection = sqliteAdapters.get(client)?.connection ?? null;
  return connection?.open ? connection : null;
}

export type { PrismaClient };
