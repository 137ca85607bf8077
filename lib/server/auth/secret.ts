import "server-only";
// The key Better Auth signs session cookies with. Production sets BETTER_AUTH_SECRET; a newcomer's
// demo gets a random one written once under data/, so `npm run demo` needs no set-up step and
// sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SECRET_FILE = join(/*turbopackIgnore: true*/ process.cwd(), "data", ".auth-secret");

/** The configured secret (BETTER_AUTH_SECRET, checked in lib/server/env.ts), or the demo's own. */
export function authSecret(configured: string | undefined): string {
  if (configured) return configured;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(join(/*turbopackIgnore: true*/ process.cwd(), "data"), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
