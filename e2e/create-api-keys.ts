// Gives each demo role an API key for the end-to-end API specs, written to data/e2e-api-keys.json
// (the throwaway database's folder), and leaves a banned user's live session cookie in
// data/e2e-banned-cookie.txt for the desk-leak spec. Run by prepare-database.ts after the seed.
import { writeFileSync } from "node:fs";
import { DEMO_USERS } from "@/lib/domain/demo-users";
import { auth } from "@/lib/server/auth/auth";
import { COMMAND_LINE } from "@/lib/server/auth/actor";
import { createApiKey, createUser } from "@/lib/server/commands/accounts";
import { db } from "@/lib/server/db";
import { API_KEYS_FILE, BANNED_COOKIE_FILE } from "./e2e-env";

const keys: Record<string, string> = {};
for (const user of DEMO_USERS) keys[user.key] = (await createApiKey(COMMAND_LINE, { email: user.email, name: "e2e" })).key;
writeFileSync(API_KEYS_FILE, JSON.stringify(keys));

// An editor who signed in, then was banned: the session row still exists, the user may not act.
const banned = { email: "banned-editor@e2e.example", password: "banned-editor-e2e" };
await createUser(COMMAND_LINE, { ...banned, name: "Banned Editor", role: "editor" });
const { headers } = await auth.api.signInEmail({ body: banned, returnHeaders: true });
const cookie = headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
await db.user.update({ where: { email: banned.email }, data: { banned: true, banReason: "e2e: left the newsroom" } });
writeFileSync(BANNED_COOKIE_FILE, cookie);
await db.$disconnect();
