import { readFileSync } from "node:fs";
import { API_KEYS_FILE } from "./e2e-env";

type Role = "staff" | "editor" | "admin";

/** The Authorization header for a demo role's API key (made by e2e/create-api-keys.ts). */
export function bearer(role: Role): Record<string, string> {
  const keys = JSON.parse(readFileSync(API_KEYS_FILE, "utf8")) as Record<Role, string>;
  return { Authorization: `Bearer ${keys[role]}` };
}
