// The PostgreSQL copy of the data model. prisma/schema.prisma is the one source; Prisma needs a
// schema file per provider (each generates its own client and migrations), so this writes
// prisma/postgresql/schema.prisma from it with only the provider and the client's folder changed.
// `npm run db:schema` writes it; `npm run db:check` fails when it is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:schema`: edit that file, not this one.\n";

export function postgresqlSchema(source: string): string {
  const replaced = source
    .replace('output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma-postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
  if (!replaced.includes("prisma-postgresql") || !replaced.includes('"postgresql"')) {
    throw new Error(`${SQLITE_SCHEMA}: the generator output or the datasource provider is not where this script expects it.`);
  }
  return HEADER + replaced;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`Wrote ${POSTGRESQL_SCHEMA}.`);
}
