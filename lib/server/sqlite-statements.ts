// Prepared statements kept per SQL text on a better-sqlite3 connection. Prisma's SQLite adapter
// prepares every statement it runs anew (`prepare(sql).bind(args)`, then `run()`, or `raw().all()`
// for a reader), and preparing a tally write's statements cost SQLite more than running them. Kept
// here, a statement is prepared once and run with each call's values, as better-sqlite3 means
// statements to be used. Used by prisma-client.ts (so it stays free of "server-only").
//
// better-sqlite3 binds a statement's values for good with bind(), so what prepare() hands back is a
// view that holds the values and passes them to each run; the statement is safe to share because
// better-sqlite3 runs it to completion synchronously, before anyone else can use it.
import type Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Statements kept prepared, the least recently used dropped first. */
const KEPT_STATEMENTS = 200;
/** Longer statements (imports' thousands of rows, ids listed by the hundred) are prepared each time. */
const KEPT_STATEMENT_MAX_CHARS = 8_000;

type Statement = Database.Statement<unknown[]>;

/** A statement with its values, as the adapter uses a bound one. */
class BoundStatement {
  #raw = false;
  constructor(
    private readonly statement: Statement,
    private readonly values: unknown[],
  ) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  columns() {
    return this.statement.columns();
  }

  raw(raw = true): this {
    this.#raw = raw;
    return this;
  }

  run() {
    return this.statement.run(...this.values);
  }

  all() {
    return this.statement.raw(this.#raw).all(...this.values);
  }

  get() {
    return this.statement.raw(this.#raw).get(...this.values);
  }
}

/** The statement, prepared once, with bind() returning a fresh view each time. */
class KeptStatement extends BoundStatement {
  constructor(private readonly kept: Statement) {
    super(kept, []);
  }

  bind(...values: unknown[]): BoundStatement {
    return new BoundStatement(this.kept, values);
  }
}

/** Makes `connection.prepare` keep its statements; returns the connection. */
export function keepPreparedStatements(connection: Database.Database): Database.Database {
  const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
  const kept = new Map<string, KeptStatement>();
  const keptPrepare = (sql: string): KeptStatement => {
    const statement = kept.get(sql);
    if (statement) {
      // A Map keeps insertion order: moved to the end, it is the most recently used.
      kept.delete(sql);
      kept.set(sql, statement);
      return statement;
    }
    const prepared = new KeptStatement(prepare(sql));
    if (sql.length <= KEPT_STATEMENT_MAX_CHARS) {
      kept.set(sql, prepared);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    }
    return prepared;
  };
  connection.prepare = keptPrepare as unknown as Database.Database["prepare"];
  return connection;
}

/** A bound value as Prisma's SQLite adapter writes it: booleans as 1/0, times as ISO text, bytes as a Buffer. */
export function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (value instanceof Uint8Array && !Buffer.isBuffer(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return value;
}

/** Runs the statements as one transaction (IMMEDIATE: it takes the write lock first); each one's changed rows. */
export function runSqliteBatch(connection: Database.Database, statements: readonly Prisma.Sql[]): number[] {
  const run = connection.transaction(() => statements.map((statement) => Number(connection.prepare(statement.sql).bind(statement.values.map(sqliteValue)).run().changes)));
  return run.immediate();
}
