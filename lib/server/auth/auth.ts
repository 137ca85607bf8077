import "server-only";
// Better Auth: email and password sign-in with sessions in the database, roles through the admin
// plugin, API keys (stored hashed, shown once) through the api-key plugin. Sign-up is closed: users
// are created by admins or by `npm run newsroom -- user:create`.
import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { authSecret } from "@/lib/server/auth/secret";
import { databaseProvider } from "@/lib/server/database-url";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export const API_KEY_PREFIX = "rd_";

export const auth = betterAuth({
  appName: "Results Desk",
  secret: authSecret(env.BETTER_AUTH_SECRET),
  baseURL: env.BETTER_AUTH_URL,
  database: prismaAdapter(db, { provider: databaseProvider(env.DATABASE_URL) }),
  // Better Auth's own request limits (on in production) count in the database, so they hold across
  // app instances rather than per instance.
  rateLimit: { storage: "database" },
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
  session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
  telemetry: { enabled: false },
  plugins: [
    admin({ defaultRole: "staff", adminRoles: ["admin"] }),
    apiKey({
      defaultPrefix: API_KEY_PREFIX,
      // Automation writes hundreds of tallies a minute on election night; throttling belongs to the
      // load balancer, not to a per-key daily quota.
      rateLimit: { enabled: false },
    }),
    nextCookies(),
  ],
});
