import "server-only";
// The server's configuration, read and validated once. Anything the app reads from the environment
// is declared here, so a misspelt or malformed setting fails at start (instrumentation.ts) with a
// message naming the setting and what it must be.
//
// Read elsewhere, on purpose: server.ts reads PORT and HOSTNAME to listen (it runs outside Next's
// bundles, where this "server-only" module cannot be imported); instrumentation.ts reads Next's own
// NEXT_RUNTIME and NEXT_PHASE; database-url.ts reads DATABASE_URL for the scripts that run before or
// without the app; response-headers.cjs reads PUBLIC_URL (whether to send HSTS) because next.config.js
// and the page cache handler load it as CommonJS, outside the app's bundles; the scripts, benches and
// tests read their own settings.
import { z } from "zod";
import { DEFAULT_RETRY_SCHEDULE_MS, parseRetrySchedule } from "@/lib/domain/webhooks/retry-schedule";
import { DATABASE_URL_RULE, DEFAULT_DATABASE_URL, providerOf } from "@/lib/server/database-url";

function wholeNumber(min: number, max: number) {
  const rule = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number(rule).int(rule).min(min, rule).max(max, rule);
}

const httpUrl = (rule: string) => z.url({ protocol: /^https?$/, error: rule });

const HOST_LIST_RULE = "must be host names or IP addresses separated by commas, like results.internal,10.0.0.5";
/** A comma-separated list of host names (no scheme, port or path), lowercased; IPv6 without brackets. */
const hostList = z
  .string()
  .transform((list) => list.split(",").map((host) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1")).filter((host) => host !== ""))
  .refine((hosts) => hosts.every((host) => /^[a-z0-9._:-]+$/.test(host) && !/^[a-z][a-z0-9+.-]*:\/\//.test(host)), HOST_LIST_RULE);

const RETRY_SCHEDULE_RULE = "must be waits in milliseconds separated by commas, like 10000,60000,300000";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"], "must be development, production or test").default("development"),
    /** Where the server listens (server.ts); the local default of the two addresses below. */
    PORT: wholeNumber(1, 65535).default(3000),
    DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL).refine((url) => providerOf(url) !== null, DATABASE_URL_RULE),
    /** PostgreSQL connections per instance: several instances share the server's connection limit. */
    DATABASE_POOL_SIZE: wholeNumber(1, 1000).default(10),
    /** How often an instance reads the other instances' cache invalidations (cache/journal.ts). */
    CACHE_SYNC_INTERVAL_MS: wholeNumber(10, 60_000).default(1_000),
    /** Signs session cookies. Unset, a demo gets one generated into data/ (auth/secret.ts). */
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** The site's address for Better Auth: with https:// the session cookie is Secure. */
    BETTER_AUTH_URL: httpUrl("must be an http:// or https:// URL").optional(),
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
    PUBLIC_URL: httpUrl("must be an http:// or https:// URL").optional(),
    /**
     * How many proxies stand between the readers and this server, each appending to
     * X-Forwarded-For: the sign-in throttle takes the client's address from the one nearest the
     * server (lib/server/client-address.ts). 0, the default, uses the connection's own address; set
     * it only when the app cannot be reached except through those proxies.
     */
    TRUST_PROXY: wholeNumber(0, 10).default(0),
    /**
     * Feed hosts the pollers may reach even though they resolve to a private, loopback, link-local or
     * unique-local address (an AP mirror inside the newsroom's network, a test server). Every other
     * feed host must resolve to public addresses only (lib/server/feeds/feed-http.ts).
     */
    FEED_ALLOWED_HOSTS: hostList.default([]),
    /** The AP Elections API key: sent in the x-api-key header only, never in a URL, never logged or stored. */
    AP_API_KEY: z.string().optional(),
    /** `off` keeps this instance from polling feed sources (tests, the benchmark); `on` by default. */
    FEED_POLLING: z.enum(["on", "off"], "must be on or off").default("on"),
    /**
     * Webhook hosts that may resolve to private, loopback, link-local or unique-local addresses (a
     * receiver inside the newsroom's network, a test receiver). Every other webhook host must resolve
     * to public addresses only, checked when it is added and at every delivery.
     */
    WEBHOOK_ALLOWED_HOSTS: hostList.default([]),
    /**
     * The waits, in milliseconds, before each retry of a failed webhook delivery; after the last the
     * delivery has failed. Production uses the default (10 s, 1 min, 5 min, 30 min, 2 h); tests shorten it.
     */
    WEBHOOK_RETRY_SCHEDULE_MS: z
      .string()
      .transform((text, context) => parseRetrySchedule(text) ?? (context.addIssue({ code: "custom", message: RETRY_SCHEDULE_RULE }), z.NEVER))
      .default([...DEFAULT_RETRY_SCHEDULE_MS]),
    /** `off` keeps this instance from delivering webhooks (the benchmark); `on` by default. Events still go to the outbox. */
    WEBHOOKS: z.enum(["on", "off"], "must be on or off").default("on"),
  })
  .transform(({ PUBLIC_URL, BETTER_AUTH_URL, ...settings }) => {
    const local = `http://localhost:${settings.PORT}`;
    return { ...settings, PUBLIC_URL: new URL(PUBLIC_URL ?? local).origin, BETTER_AUTH_URL: BETTER_AUTH_URL ?? local };
  });

export type Env = z.infer<typeof envSchema>;

/** Parses settings, or throws one error listing every bad one by name. Values are left out: some are secrets. */
export function readEnv(source: Record<string, string | undefined>): Env {
  // A setting left blank (`FOO=` in a .env or compose file) is taken as not set.
  const given = Object.fromEntries(Object.entries(source).flatMap(([name, value]) => (value?.trim() ? [[name, value.trim()]] : [])));
  const parsed = envSchema.safeParse(given);
  if (parsed.success) return parsed.data;
  // A value can break one rule twice (-1.5 is neither whole nor in range): say it once.
  const problems = new Set(parsed.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`));
  throw new Error(`Invalid environment:\n${[...problems].join("\n")}`);
}

export const env = readEnv(process.env);
