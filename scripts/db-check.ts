// `npm run db:check`: fails when the migrations in prisma/migrations do not build the schema in
// prisma/schema.prisma. It builds one SQLite database from the migrations and one from the schema
// (Prisma's own DDL for it), then compares them through SQLite's pragmas.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { applyMigrations, applySql, describeSchema } from "../lib/testing/sqlite-schema";

const dir = mkdtempSync(join(tmpdir(), "db-check-"));
try {
  const fromMigrations = join(dir, "migrations.db");
  const fromSchema = join(dir, "schema.db");
  applyMigrations(fromMigrations);
  const schemaSql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${join(dir, "unused.db")}` }, stdio: ["ignore", "pipe", "pipe"] },
  );
  applySql(fromSchema, [schemaSql]);

  const expected = describeSchema(fromSchema);
  const actual = describeSchema(fromMigrations);
  if (!isDeepStrictEqual(actual, expected)) {
    const differing = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].filter(
      (table) => !isDeepStrictEqual(actual[table], expected[table]),
    );
    console.error(`Migrations do not match prisma/schema.prisma; tables that differ: ${differing.join(", ")}.`);
    console.error("Create one against a migrated database: npx prisma migrate dev --create-only --name <what-changed>");
    process.exitCode = 1;
  } else {
    console.log("SQLite migrations match prisma/schema.prisma.");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
