// Where the end-to-end server runs and which database it uses: a file under data/ that each run
// deletes and recreates, never the demo database or a remote one.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const DISTRICT_5 = "atlanta-2017-council-district-5";

export const API_KEYS_FILE = "data/e2e-api-keys.json";
export const STORAGE_STATE = (role: "staff" | "editor" | "admin") => `e2e/.auth/${role}.json`;
