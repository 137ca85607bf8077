// The baseline every read is compared with: a file from public/ as large as the race page, served
// by the same server. Next lists public/ when it starts, so the file is written before the server
// starts and removed when the benchmark ends; it is never left in public/ (which a fresh clone may
// not have at all).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

export const BASELINE_PATH = "/bench-baseline.txt";
const BASELINE_FILE = `public${BASELINE_PATH}`;

export function writeBaselineFile(bytes: number): void {
  const line = "Results desk benchmark: a static file as large as the race page.\n";
  mkdirSync("public", { recursive: true });
  writeFileSync(BASELINE_FILE, line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes));
}

export function removeBaselineFile(): void {
  rmSync(BASELINE_FILE, { force: true });
}
