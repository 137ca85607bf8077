// `npm run db:seed`: loads the demo elections. With --if-empty (what `npm run demo` passes) it
// leaves a database that already has elections untouched, so a restart never duplicates data.
import { DEMO_USERS } from "@/lib/domain/demo-users";
import { COMMAND_LINE } from "@/lib/server/auth/actor";
import { createUser } from "@/lib/server/commands/accounts";
import { databaseUrl } from "@/lib/server/database-url";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { atlanta2017 } from "./demo/atlanta-2017";
import { demoCounty } from "./demo/demo-county";
import { loadDemoElections } from "./demo/load-demo";

const onlyIfEmpty = process.argv.includes("--if-empty");
const db = createPrismaClient(databaseUrl());
try {
  const existing = await db.election.count();
  if (existing > 0 && onlyIfEmpty) {
    console.log(`Database already has ${existing} election(s); demo data not loaded again.`);
  } else if (existing > 0) {
    console.error("The database already has elections. Seed an empty database (npm run db:reset).");
    process.exitCode = 1;
  } else {
    await loadDemoElections(db, [atlanta2017, demoCounty]);
    for (const { key: _key, ...user } of DEMO_USERS) await createUser(COMMAND_LINE, user);
    console.log("Demo data loaded: Atlanta 2017 District 5 and Demo County.");
    console.log("Demo sign-ins (demo data only):");
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(6)} ${user.email}  ${user.password}`);
  }
} finally {
  await db.$disconnect();
}
