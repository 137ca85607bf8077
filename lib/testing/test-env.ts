// Which database engine the tests run on, read once from the environment. SQLite (a file per test
// file) is the default; TEST_DATABASE_PROVIDER=postgresql runs them on the PostgreSQL server at
// TEST_POSTGRES_URL, a database per test file (`npm run test:postgresql`).
import { z } from "zod";

const testEnv = z
  .object({
    TEST_DATABASE_PROVIDER: z.enum(["sqlite", "postgresql"]).default("sqlite"),
    TEST_POSTGRES_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  })
  .parse(process.env);

export function testDatabaseProvider(): "sqlite" | "postgresql" {
  return testEnv.TEST_DATABASE_PROVIDER;
}

/** The superuser URL of the PostgreSQL server the tests create their databases on. */
export function testPostgresUrl(): string {
  if (!testEnv.TEST_POSTGRES_URL) {
    throw new Error(
      "TEST_POSTGRES_URL is not set: start a throwaway server with `tsx lib/testing/postgres-server.ts start <dir>` and set it to the URL that prints.",
    );
  }
  return testEnv.TEST_POSTGRES_URL;
}
