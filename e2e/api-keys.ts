import { readFileSync } from "node:fs";
import type { DemoUserKey } from "../lib/domain/demo-users";
import { API_KEYS_FILE } from "./e2e-env";

/** The Authorization header for a demo account's API key (made by e2e/create-api-keys.ts). */
export function bearer(user: DemoUserKey): Record<string, string> {
  const keys = JSON.parse(readFileSync(API_KEYS_FILE, "utf8")) as Record<DemoUserKey, string>;
  return { Authorization: `Bearer ${keys[user]}` };
}
