// Prisma CLI configuration: the JS schema engine drives migrations through the same driver
// adapter the app uses, so no engine binary is downloaded.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseUrl, sqliteFilePath } from "./lib/server/database-url";

// The schema's datasource names DATABASE_URL; without a default, `prisma generate` on a fresh
// clone (npm install's postinstall) could not read the schema.
process.env.DATABASE_URL ||= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl()) });
  },
});
