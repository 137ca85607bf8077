// The baseline every read is compared with: a file from public/ as large as the race page, served
// by the same server. Next lists public/ when it starts, so the file is written before `next start`
// and removed when the benchmark ends; it is never left in public/.
import { rmSync, writeFileSync } from "node:fs";

export const BASELINE_PATH = "/bench-baseline.txt";
const BASELINE_FILE = `public${BASELINE_PATH}`;

export function writeBaselineFile(bytes: number): void {
  const line = "Results desk benchmark: a static file as large as the race page.\n";
  writeFileSync(BASELINE_FILE, line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes));
}

export function removeBaselineFile(): void {
  rmSync(BASELINE_FILE, { force: true });
}
