// Applies the PostgreSQL migrations with psql and describes the resulting schema through
// pg_catalog, so two databases built different ways can be compared structurally, not by DDL text.
import { MIGRATIONS_DIR, migrationFiles } from "@/lib/server/migration-files";
import { psql, psqlFile } from "./postgres-database";

export function applyPostgresqlMigrations(url: string, dir: string = MIGRATIONS_DIR.postgresql): void {
  for (const file of migrationFiles(dir)) psqlFile(url, file);
}

// Column order is left out, as for SQLite: ALTER TABLE appends, a fresh CREATE TABLE follows the schema.
const DESCRIBE_SCHEMA = `
SELECT coalesce(json_object_agg(t.relname, json_build_object(
  'columns', (
    SELECT json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull,
      'default', pg_get_expr(d.adbin, d.adrelid)) ORDER BY a.attname)
    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped),
  'indexes', (
    SELECT json_agg(json_build_object('name', i.relname, 'definition', pg_get_indexdef(i.oid)) ORDER BY i.relname)
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = t.oid),
  'constraints', (
    SELECT json_agg(json_build_object('name', k.conname, 'definition', pg_get_constraintdef(k.oid)) ORDER BY k.conname)
    FROM pg_constraint k WHERE k.conrelid = t.oid)
)), '{}')
FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> '_prisma_migrations'`;

const DESCRIBE_TYPES = `
SELECT coalesce(json_object_agg(t.typname, (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)), '{}')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`;

/** Tables (columns, indexes, constraints) and enum types, without Prisma's own bookkeeping table. */
export function describePostgresqlSchema(url: string): { tables: Record<string, Record<string, unknown>>; enums: Record<string, unknown> } {
  return { tables: JSON.parse(psql(url, DESCRIBE_SCHEMA)), enums: JSON.parse(psql(url, DESCRIBE_TYPES)) };
}
