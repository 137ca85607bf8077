// Applies SQL migrations to a SQLite file and describes the resulting schema through SQLite's own
// pragmas, so two databases built different ways can be compared structurally, not by DDL text.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR, migrationFiles } from "@/lib/server/migration-files";

export function applySql(file: string, sqlScripts: readonly string[]): void {
  const sqlite = new Database(file);
  try {
    for (const sql of sqlScripts) sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
}

export function applyMigrations(file: string, dir: string = MIGRATIONS_DIR.sqlite): void {
  applySql(file, migrationFiles(dir).map((path) => readFileSync(path, "utf8")));
}

/** Tables, columns, indexes and foreign keys, sorted, without Prisma's own bookkeeping table. */
export function describeSchema(file: string): Record<string, unknown> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => {
        const indexes = (sqlite.pragma(`index_list("${name}")`) as { name: string; unique: number; origin: string }[])
          .map((index) => ({
            name: index.name,
            unique: index.unique,
            columns: (sqlite.pragma(`index_info("${index.name}")`) as { name: string }[]).map((c) => c.name),
          }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const foreignKeys = (sqlite.pragma(`foreign_key_list("${name}")`) as Record<string, unknown>[])
          .map(({ table, from, to, on_update, on_delete }) => ({ table, from, to, on_update, on_delete }))
          .sort((a, b) => String(a.from).localeCompare(String(b.from)));
        // Column order is left out: ALTER TABLE appends, a fresh CREATE TABLE follows the schema.
        const columns = (sqlite.pragma(`table_info("${name}")`) as { name: string; cid?: number }[])
          .map(({ cid: _cid, ...column }) => column)
          .sort((a, b) => a.name.localeCompare(b.name));
        return [name, { columns, indexes, foreignKeys }];
      }),
    );
  } finally {
    sqlite.close();
  }
}
