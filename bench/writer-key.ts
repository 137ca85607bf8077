// The account the write scenarios act as: a staff member (tally:write) with an API key, created
// through the app's own commands, as e2e/create-api-keys.ts does.
//
// lib/server/db opens the database named by DATABASE_URL when it is first imported, so these
// modules are imported here, after run.ts has pointed DATABASE_URL at the benchmark's database.
export async function createWriterKey(role: "staff" | "editor" = "staff"): Promise<string> {
  const { COMMAND_LINE } = await import("@/lib/server/auth/actor");
  const { createApiKey, createUser } = await import("@/lib/server/commands/accounts");
  const { db } = await import("@/lib/server/db");
  const email = `bench-${role}@bench.example`;
  await createUser(COMMAND_LINE, { email, name: `Benchmark ${role}`, role });
  const { key } = await createApiKey(COMMAND_LINE, { email, name: "bench" });
  await db.$disconnect();
  return key;
}
