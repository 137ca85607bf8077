// Where each provider's migrations live, and their files in the order they apply (each folder is
// named by its timestamp). Read by the migration script, the Prisma CLI config and the test
// databases, which run without the app, so it stays free of "server-only".
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseProvider } from "./database-url";

export const MIGRATIONS_DIR = {
  sqlite: "prisma/migrations",
  postgresql: "prisma/postgresql/migrations",
} as const satisfies Record<DatabaseProvider, string>;

export function migrationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, "migration.sql"))
    .sort();
}
