// Gives each demo role an API key for the end-to-end API specs, written to data/e2e-api-keys.json
// (the throwaway database's folder). Run by prepare-database.ts after the seed.
import { writeFileSync } from "node:fs";
import { COMMAND_LINE } from "@/lib/server/auth/actor";
import { createApiKey } from "@/lib/server/commands/accounts";
import { db } from "@/lib/server/db";
import { DEMO_USERS } from "@/prisma/demo/demo-users";

const keys: Record<string, string> = {};
for (const user of DEMO_USERS) keys[user.role] = (await createApiKey(COMMAND_LINE, { email: user.email, name: "e2e" })).key;
writeFileSync("data/e2e-api-keys.json", JSON.stringify(keys));
await db.$disconnect();
