// `npm run newsroom -- <command>`: administration from the server's shell, so a real deployment
// starts without demo accounts.
//   user:create --email E --name N --role staff|editor|admin   prints a generated password
//   apikey:create --email E [--name N]                         prints the key (shown once)
import { parseArgs } from "node:util";
import { COMMAND_LINE } from "@/lib/server/auth/actor";
import { createApiKey, createUser } from "@/lib/server/commands/accounts";
import { db } from "@/lib/server/db";
import { CommandError } from "@/lib/server/errors";

const USAGE = `Usage:
  npm run newsroom -- user:create --email E --name N --role staff|editor|admin
  npm run newsroom -- apikey:create --email E [--name N]`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  switch (positionals[0]) {
    case "user:create": {
      const user = await createUser(COMMAND_LINE, { email: values.email, name: values.name, role: values.role });
      console.log(`Created ${user.role} ${user.name} <${user.email}>.`);
      console.log(`Password (shown once): ${user.generatedPassword}`);
      return 0;
    }
    case "apikey:create": {
      const { key } = await createApiKey(COMMAND_LINE, { email: values.email ?? "", name: values.name });
      console.log(`API key for ${values.email} (shown once; send it as "Authorization: Bearer <key>"):`);
      console.log(key);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CommandError)) throw error;
  const fields = (error.is("malformed") && error.details.problems) || [];
  console.error(fields.length ? fields.map((f) => `--${f.path}: ${f.message}`).join("\n") : error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
