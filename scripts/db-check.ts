// `npm run db:check`: fails when a migration tree does not build its schema.
//
// SQLite: one database from prisma/migrations, one from Prisma's own DDL for prisma/schema.prisma,
// compared through SQLite's pragmas. PostgreSQL: prisma/postgresql/schema.prisma must be what
// `npm run db:schema` writes, and the same two-database comparison runs through pg_catalog, on the
// server at TEST_POSTGRES_URL or on a throwaway one started here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createDatabase, dropDatabase, psql } from "../lib/testing/postgres-database";
import { startPostgresServer } from "../lib/testing/postgres-server";
import { applyPostgresqlMigrations, describePostgresqlSchema } from "../lib/testing/postgresql-schema";
import { applyMigrations, applySql, describeSchema } from "../lib/testing/sqlite-schema";
import { POSTGRESQL_SCHEMA, postgresqlSchema, SQLITE_SCHEMA } from "./postgresql-schema";

/** Prisma's DDL for a whole schema; DATABASE_URL only picks the provider (prisma.config.ts). */
function schemaDdl(schema: string, databaseUrl: string): string {
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function differingTables(actual: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(expected), ...Object.keys(actual)])].filter((table) => !isDeepStrictEqual(actual[table], expected[table]));
}

/** Which of a table's columns, indexes and constraints differ, or which side it is missing from. */
function differingParts(actual: Record<string, unknown> | undefined, expected: Record<string, unknown> | undefined): string {
  if (!actual) return "missing from the migrations";
  if (!expected) return "not in the schema";
  return Object.keys(expected).filter((part) => !isDeepStrictEqual(actual[part], expected[part])).join(", ");
}

function checkSqlite(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "db-check-"));
  try {
    const fromMigrations = join(dir, "migrations.db");
    const fromSchema = join(dir, "schema.db");
    applyMigrations(fromMigrations);
    applySql(fromSchema, [schemaDdl(SQLITE_SCHEMA, `file:${join(dir, "unused.db")}`)]);
    const differing = differingTables(describeSchema(fromMigrations), describeSchema(fromSchema));
    if (differing.length === 0) return true;
    console.error(`SQLite migrations do not match ${SQLITE_SCHEMA}; tables that differ: ${differing.join(", ")}.`);
    console.error("Create one against a migrated database: npx prisma migrate dev --create-only --name <what-changed>");
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkPostgresqlSchemaFile(): boolean {
  if (readFileSync(POSTGRESQL_SCHEMA, "utf8") === postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"))) return true;
  console.error(`${POSTGRESQL_SCHEMA} is out of date with ${SQLITE_SCHEMA}: run npm run db:schema (then add a PostgreSQL migration).`);
  return false;
}

// Prisma's CLI connects through a pg pool that keeps its idle connection, and so the process, for
// 10 s; the server closes it sooner instead.
function closingIdleSessions(url: string): string {
  const withTimeout = new URL(url);
  withTimeout.searchParams.set("options", "-c idle_session_timeout=1000");
  return withTimeout.href;
}

function checkPostgresqlMigrations(serverUrl: string): boolean {
  const fromMigrations = createDatabase(serverUrl);
  const fromSchema = createDatabase(serverUrl);
  try {
    applyPostgresqlMigrations(fromMigrations);
    psql(fromSchema, schemaDdl(POSTGRESQL_SCHEMA, closingIdleSessions(serverUrl)));
    const actual = describePostgresqlSchema(fromMigrations);
    const expected = describePostgresqlSchema(fromSchema);
    const differing = [
      ...differingTables(actual.tables, expected.tables).map((table) => `${table} (${differingParts(actual.tables[table], expected.tables[table])})`),
      ...differingTables(actual.enums, expected.enums).map((name) => `enum ${name}`),
    ];
    if (differing.length === 0) return true;
    console.error(`PostgreSQL migrations do not match ${POSTGRESQL_SCHEMA}; what differs: ${differing.join(", ")}.`);
    console.error(
      "Add a migration prisma/postgresql/migrations/<timestamp>_<what-changed>/migration.sql with what this prints " +
        "(<old> being the schema file as the last migration left it, e.g. from git show HEAD:" + POSTGRESQL_SCHEMA + "):\n" +
        `  DATABASE_URL=postgresql://<any reachable server> npx prisma migrate diff --from-schema-datamodel <old> --to-schema-datamodel ${POSTGRESQL_SCHEMA} --script`,
    );
    return false;
  } finally {
    dropDatabase(fromMigrations);
    dropDatabase(fromSchema);
  }
}

async function checkPostgresql(): Promise<boolean> {
  if (!checkPostgresqlSchemaFile()) return false;
  const given = process.env.TEST_POSTGRES_URL;
  const server = given ? null : await startPostgresServer();
  try {
    return checkPostgresqlMigrations(given ?? server!.url);
  } finally {
    server?.stop();
  }
}

const sqliteOk = checkSqlite();
if (sqliteOk) console.log("SQLite migrations match prisma/schema.prisma.");
const postgresqlOk = await checkPostgresql();
if (postgresqlOk) console.log(`PostgreSQL migrations match ${POSTGRESQL_SCHEMA}.`);
if (!sqliteOk || !postgresqlOk) process.exitCode = 1;
