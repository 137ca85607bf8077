// Where the end-to-end servers run and which database they use: a throwaway database that each run
// deletes and recreates, never the demo database or a remote one. SQLite: a file under data/.
// With TEST_DATABASE_PROVIDER=postgresql (npm run test:postgresql): the `results_desk_e2e` database
// on the server at TEST_POSTGRES_URL. E2E_DATABASE_URL overrides either.
import type { DemoUserKey } from "../lib/domain/demo-users";
import { databaseUrlOn } from "../lib/testing/postgres-database";
import { testDatabaseProvider, testPostgresUrl } from "../lib/testing/test-env";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
/** A second instance on the same database, for specs that check what one instance sees of another's writes. */
export const E2E_SECOND_PORT = E2E_PORT + 1;
export const E2E_DATABASE_URL =
  process.env.E2E_DATABASE_URL ??
  (testDatabaseProvider() === "postgresql" ? databaseUrlOn(testPostgresUrl(), "results_desk_e2e") : "file:./data/e2e.db");
export const DISTRICT_5 = "atlanta-2017-council-district-5";

export const API_KEYS_FILE = "data/e2e-api-keys.json";
export const BANNED_COOKIE_FILE = "data/e2e-banned-cookie.txt";
export const STORAGE_STATE = (user: DemoUserKey) => `e2e/.auth/${user}.json`;
