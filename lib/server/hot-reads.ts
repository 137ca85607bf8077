import "server-only";
// Reads on the hot path: the race store's (every write reads its race, every reader cache miss
// reads one) and the API key's owner (every automated write). On PostgreSQL they are Prisma's raw
// queries. On SQLite they go straight to better-sqlite3, on a second connection of this process
// that may only read, with its prepared statements kept (sqlite-statements.ts): Prisma's engine spends about 0.3 ms
// planning and converting each raw statement and the adapter prepares every statement anew, which
// made the race's four statements cost 1.4 ms; here they take 0.18 ms.
//
// A second connection is safe for reads because the database is in WAL mode: each statement sees
// only batches that have committed, never one of Prisma's batches half-way (which a statement sent
// on Prisma's own connection between a batch's statements would). It writes nothing (query_only).
import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseProvider, sqliteFilePath } from "@/lib/server/database-url";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { keepPreparedStatements, sqliteValue } from "@/lib/server/sqlite-statements";

class SqliteReader {
  readonly #connection: Database.Database;

  constructor(file: string) {
    this.#connection = keepPreparedStatements(new Database(file, { fileMustExist: true }));
    this.#connection.pragma("query_only = ON");
  }

  close(): void {
    this.#connection.close();
  }

  read<Row>(query: Prisma.Sql): Row[] {
    return this.#connection.prepare(query.sql).bind(query.values.map(sqliteValue)).all() as Row[];
  }
}

const globalForReader = globalThis as unknown as { resultsDeskSqliteReader?: { url: string; reader: SqliteReader } };

function sqliteReader(): SqliteReader | null {
  if (databaseProvider(env.DATABASE_URL) !== "sqlite") return null;
  const held = globalForReader.resultsDeskSqliteReader;
  if (held?.url === env.DATABASE_URL) return held.reader;
  // Another database than the one this process read before (a test file's own): let that one go.
  held?.reader.close();
  const reader = new SqliteReader(sqliteFilePath(env.DATABASE_URL));
  globalForReader.resultsDeskSqliteReader = { url: env.DATABASE_URL, reader };
  return reader;
}

/**
 * The rows of one SELECT. Values come back as each driver gives them: on SQLite booleans as 0/1,
 * times as text and whole numbers as numbers; on PostgreSQL booleans, Dates and numbers or bigints.
 */
export async function readRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const reader = sqliteReader();
  return reader ? reader.read<Row>(query) : db.$queryRaw<Row[]>(query);
}
