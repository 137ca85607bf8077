// The benchmark's throwaway database, data/bench/bench.db: every run deletes the folder and applies
// the real migrations with `npm run db:migrate` (which also turns on WAL).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

export const BENCH_DIR = "data/bench";
export const BENCH_DATABASE_URL = `file:./${BENCH_DIR}/bench.db`;

export function recreateBenchDatabase(env: NodeJS.ProcessEnv): void {
  rmSync(BENCH_DIR, { recursive: true, force: true });
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { stdio: "inherit", env });
}
