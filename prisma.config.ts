// Prisma CLI configuration: the JS schema engine drives migrations through the same driver
// adapter the app uses, so no engine binary is downloaded. DATABASE_URL picks the provider: its
// schema copy and migration tree (prisma/ for SQLite, prisma/postgresql/ for PostgreSQL).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./lib/server/database-url";
import { MIGRATIONS_DIR } from "./lib/server/migration-files";

// The schema's datasource names DATABASE_URL; without a default, `prisma generate` on a fresh
// clone (npm install's postinstall) could not read the schema.
process.env.DATABASE_URL ||= databaseUrl();
const postgresql = databaseProvider(databaseUrl()) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: MIGRATIONS_DIR[postgresql ? "postgresql" : "sqlite"], seed: "tsx prisma/seed.ts" },
  async adapter() {
    return postgresql ? new PrismaPg({ connectionString: databaseUrl() }) : new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl()) });
  },
});
