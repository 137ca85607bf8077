import "server-only";
// The one Prisma client of the server process, cached on globalThis so that development reloads
// do not open a new database connection each time.
import { env } from "@/lib/server/env";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";

const globalForDb = globalThis as unknown as { resultsDeskDb?: PrismaClient };

export const db: PrismaClient = globalForDb.resultsDeskDb ?? createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);

if (env.NODE_ENV !== "production") globalForDb.resultsDeskDb = db;
