import "server-only";
// The server's configuration, read and validated once. Anything the app reads from the environment
// is declared here, so a misspelt or malformed setting fails at start with a clear message.
import { z } from "zod";
import { databaseUrl } from "@/lib/server/database-url";

const envSchema = z.object({
  DISPLAY_TIME_ZONE: z
    .string()
    .default("America/New_York")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as America/New_York"),
  /**
   * The address readers reach the site at, for links that leave it: share previews and embed code.
   * Pages are cached and shared by every reader, so it cannot come from a request's Host header.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .default(`http://localhost:${process.env.PORT ?? 3000}`)
    .transform((url) => new URL(url).origin),
  /**
   * How many proxies stand between the readers and this server, each appending to
   * X-Forwarded-For: the sign-in throttle takes the client's address from the one nearest the
   * server (lib/server/client-address.ts). 0, the default, uses the connection's own address; set
   * it only when the app cannot be reached except through those proxies.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

export const env = { ...parsed.data, DATABASE_URL: databaseUrl() };
