// `npm run db:migrate`: applies the migrations of DATABASE_URL's provider. `npm run db:reset`
// (`--reset`) first empties the database: every table and row is deleted.
//
// SQLite: `prisma migrate deploy`, then WAL mode once (readers never wait on the writer).
// PostgreSQL: applied here, because Prisma 6.19's JS schema engine cannot read PostgreSQL's catalog
// through @prisma/adapter-pg (prisma/orm#27403: "Column type 'name' could not be deserialized").
// Each migration runs in its own transaction and is recorded in Prisma's own _prisma_migrations
// table with the same checksum Prisma uses, so the history stays readable by Prisma's tools. An
// advisory lock makes instances that start together migrate one at a time.
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, databaseUrl, sqliteFilePath } from "../lib/server/database-url";
import { MIGRATIONS_DIR, migrationFiles } from "../lib/server/migration-files";

/** Any constant: every instance takes the same lock. */
const MIGRATION_LOCK = 727_252;

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies the migrations not yet applied; returns their names. */
export async function migratePostgresql(url: string, dir: string = MIGRATIONS_DIR.postgresql): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(HISTORY_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
    const newlyApplied: string[] = [];
    for (const file of migrationFiles(dir)) {
      const name = basename(dirname(file));
      const sql = readFileSync(file, "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = applied.get(name);
      if (previous !== undefined) {
        if (previous !== checksum) throw new Error(`Migration ${name} was changed after it was applied. Add a new migration instead.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
      }
      newlyApplied.push(name);
    }
    return newlyApplied;
  } finally {
    await client.end();
  }
}

async function emptyDatabase(url: string) {
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFilePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

async function main() {
  const url = databaseUrl();
  if (process.argv.includes("--reset")) await emptyDatabase(url);
  if (databaseProvider(url) === "postgresql") {
    const applied = await migratePostgresql(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "The database is up to date.");
    return;
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
