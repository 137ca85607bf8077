import "server-only";
// What the commands' raw statements need to say differently on SQLite and PostgreSQL, and the
// batch runner they share. Everything else in them is SQL both accept.
//
// PostgreSQL types a bound value from where it is used; a value in a SELECT list (INSERT … SELECT
// with a guard) has no such place and is read as text, so those values are cast here.
import { setImmediate } from "node:timers/promises";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseProvider } from "@/lib/server/database-url";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sqliteConnectionOf } from "@/lib/server/prisma-client";
import { runSqliteBatch } from "@/lib/server/sqlite-statements";

const onPostgresql = databaseProvider(env.DATABASE_URL) === "postgresql";

/** A time as raw statements write it: the text form Prisma's SQLite adapter writes, which PostgreSQL also reads. */
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export const asTimestamp = (at: string): Prisma.Sql => (onPostgresql ? Prisma.sql`CAST(${at} AS TIMESTAMP(3))` : Prisma.sql`${at}`);

/** A time already read from a row (e.g. a JSON field) as text in sqlTimestamp's form, typed for the column. */
export const timestampFrom = (expression: Prisma.Sql): Prisma.Sql => (onPostgresql ? Prisma.sql`CAST(${expression} AS TIMESTAMP(3))` : expression);

export const asBytes = (bytes: Uint8Array): Prisma.Sql => (onPostgresql ? Prisma.sql`CAST(${bytes} AS BYTEA)` : Prisma.sql`${bytes}`);

export const asInteger = (value: number | null | Prisma.Sql): Prisma.Sql => Prisma.sql`CAST(${value} AS INTEGER)`;

export const asBoolean = (value: boolean): Prisma.Sql => (onPostgresql ? Prisma.sql`CAST(${value} AS BOOLEAN)` : Prisma.sql`${value}`);

/**
 * Rows per multi-row statement. Each chunk's rows travel as one JSON text (jsonArrayRows) rather
 * than as bound values: Prisma's raw-query path costs about 5 µs per bound value (measured: 600,000
 * values, 3 s), which made a 100,000-row file spend most of its time binding. Chunks keep each text
 * near half a megabyte.
 */
export const ROWS_PER_STATEMENT = 5_000;

export function* inChunks<T>(items: readonly T[]): Generator<T[]> {
  for (let at = 0; at < items.length; at += ROWS_PER_STATEMENT) yield items.slice(at, at + ROWS_PER_STATEMENT);
}

/**
 * The rows of a JSON array bound as one text value, for FROM: each row is in the column "value",
 * field i read as text with "value" ->> i.
 */
export const jsonArrayRows = (json: string): Prisma.Sql =>
  onPostgresql ? Prisma.sql`json_array_elements(CAST(${json} AS JSON)) AS "value"` : Prisma.sql`json_each(${json})`;

/** A JSON value bound as one parameter, typed as JSON where it is used (inside jsonObject). */
export const jsonParam = (value: unknown): Prisma.Sql =>
  onPostgresql ? Prisma.sql`CAST(${JSON.stringify(value)} AS JSON)` : Prisma.sql`json(${JSON.stringify(value)})`;

/** A bound text value typed as text: PostgreSQL cannot tell the type of a bare parameter inside a JSON builder. */
export const asText = (value: string | null): Prisma.Sql => Prisma.sql`CAST(${value} AS TEXT)`;

/**
 * A JSON object built from columns and values in SQL (for rows written by INSERT … SELECT, such as
 * an alert per pulled story); nested objects stay JSON. Keys are the code's own names, never input.
 */
export function jsonObject(fields: Record<string, Prisma.Sql>): Prisma.Sql {
  const pairs = Object.entries(fields).map(([key, value]) => {
    if (!/^\w+$/.test(key)) throw new Error(`Not a JSON key the SQL may name: ${key}`);
    return Prisma.sql`${Prisma.raw(`'${key}'`)}, ${value}`;
  });
  return onPostgresql ? Prisma.sql`json_build_object(${Prisma.join(pairs)})` : Prisma.sql`json_object(${Prisma.join(pairs)})`;
}

/** A JSON value (jsonObject's) as the text a column stores. */
export const jsonText = (json: Prisma.Sql): Prisma.Sql => (onPostgresql ? Prisma.sql`CAST(${json} AS TEXT)` : json);

/**
 * A no-op write to the race's row as a batch's first statement: on PostgreSQL it locks the row
 * until the batch commits, so a call and a publication (or two calls) on one race take turns and
 * each reads what the other committed. SQLite runs one writing transaction at a time anyway.
 */
export const lockRace = (raceId: string): Prisma.Sql => Prisma.sql`UPDATE "Race" SET "version" = "version" WHERE "id" = ${raceId}`;

const ATTEMPTS = 3;

/**
 * Runs write statements as one batch transaction; answers each one's changed rows.
 *
 * On SQLite the batch runs on Prisma's connection directly and synchronously (sqlite-statements.ts):
 * nothing can come between its statements, and it is spared Prisma's engine, which cost a tally
 * write's seven statements about 2 ms. A transaction of Prisma's (a batch of its own, or Better
 * Auth's interactive ones) holds the connection across awaits, and inTransaction says so; the batch
 * waits until it has ended. (Sent through Prisma meanwhile, a batch would join that transaction and
 * share its fate: sql-dialect.test.ts shows it.)
 */
export async function runBatch(build: () => Prisma.Sql[]): Promise<number[]> {
  const sqlite = sqliteConnectionOf(db);
  if (sqlite) {
    const waitUntil = Date.now() + SQLITE_TURN_WAIT_MS;
    while (sqlite.inTransaction) {
      if (Date.now() > waitUntil) throw new Error(`The database stayed busy for ${SQLITE_TURN_WAIT_MS / 1000} s; nothing was written.`);
      await setImmediate();
    }
    return runSqliteBatch(sqlite, build());
  }
  return runPrismaBatch(() => build().map((statement) => db.$executeRaw(statement)));
}

/** How long a batch waits for a transaction of Prisma's to end on SQLite: Prisma's own maxWait. */
const SQLITE_TURN_WAIT_MS = 10_000;

/**
 * Runs Prisma's operations as one batch transaction. PostgreSQL may abort a batch to break a
 * deadlock or a serialization conflict (P2034); it then rolled back whole, so it is built and run
 * again. The statements' own guards (versions, stamps) decide what the retry does.
 */
export async function runPrismaBatch<T>(build: () => Prisma.PrismaPromise<T>[]): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(build());
    } catch (error) {
      const retryable = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
      if (!retryable || attempt === ATTEMPTS) throw error;
    }
  }
}
