// Settings are checked once, at start: a bad one stops the server with a message that names it and
// says what it must be, without repeating the value (some are secrets).
import { expect, test } from "vitest";
import { readEnv } from "./env";

test("unset or blank settings take their defaults, and the local addresses follow PORT", () => {
  expect(readEnv({ PORT: "4000", DATABASE_URL: " ", TRUST_PROXY: "" })).toEqual({
    NODE_ENV: "development",
    PORT: 4000,
    DATABASE_URL: "file:./data/results.db",
    DATABASE_POOL_SIZE: 10,
    CACHE_SYNC_INTERVAL_MS: 1000,
    BETTER_AUTH_SECRET: undefined,
    BETTER_AUTH_URL: "http://localhost:4000",
    DISPLAY_TIME_ZONE: "America/New_York",
    PUBLIC_URL: "http://localhost:4000",
    TRUST_PROXY: 0,
    FEED_ALLOWED_HOSTS: [],
    AP_API_KEY: undefined,
    FEED_POLLING: "on",
    WEBHOOK_ALLOWED_HOSTS: [],
    WEBHOOK_RETRY_SCHEDULE_MS: [10_000, 60_000, 300_000, 1_800_000, 7_200_000],
    WEBHOOKS: "on",
  });
  expect(readEnv({ PUBLIC_URL: "https://results.example.org/elections/" }).PUBLIC_URL).toBe("https://results.example.org");
});

test("bad settings fail together, each named with the rule it breaks", () => {
  const secret = "too-short-a-secret";
  const read = () =>
    readEnv({
      DATABASE_URL: "mysql://db/results",
      DATABASE_POOL_SIZE: "lots",
      CACHE_SYNC_INTERVAL_MS: "-1.5",
      BETTER_AUTH_SECRET: secret,
      PUBLIC_URL: "results.example.org",
      DISPLAY_TIME_ZONE: "Atlanta",
      FEED_ALLOWED_HOSTS: "https://ap-mirror.internal/",
      FEED_POLLING: "sometimes",
      WEBHOOK_RETRY_SCHEDULE_MS: "10s,1m",
      WEBHOOKS: "no",
    });
  expect(read).toThrow(
    [
      "Invalid environment:",
      "  DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL",
      "  DATABASE_POOL_SIZE must be a whole number from 1 to 1000",
      "  CACHE_SYNC_INTERVAL_MS must be a whole number from 10 to 60000",
      "  BETTER_AUTH_SECRET must be at least 32 characters",
      "  DISPLAY_TIME_ZONE must be an IANA time zone such as America/New_York",
      "  PUBLIC_URL must be an http:// or https:// URL",
      "  FEED_ALLOWED_HOSTS must be host names or IP addresses separated by commas, like results.internal,10.0.0.5",
      "  FEED_POLLING must be on or off",
      "  WEBHOOK_RETRY_SCHEDULE_MS must be waits in milliseconds separated by commas, like 10000,60000,300000",
      "  WEBHOOKS must be on or off",
    ].join("\n"),
  );
  expect(read).not.toThrow(secret);
});

test("feed settings: allowed hosts are a lowercased list, IPv6 without brackets; the AP key is kept as given", () => {
  const settings = readEnv({ FEED_ALLOWED_HOSTS: " AP-Mirror.internal, 127.0.0.1,[::1],, ", AP_API_KEY: "k3y", FEED_POLLING: "off" });
  expect(settings.FEED_ALLOWED_HOSTS).toEqual(["ap-mirror.internal", "127.0.0.1", "::1"]);
  expect([settings.AP_API_KEY, settings.FEED_POLLING]).toEqual(["k3y", "off"]);
});

test("webhook settings: allowed hosts like the feeds', a test's short retry schedule, the off switch", () => {
  const settings = readEnv({ WEBHOOK_ALLOWED_HOSTS: "127.0.0.1, Hooks.Internal", WEBHOOK_RETRY_SCHEDULE_MS: "200, 400", WEBHOOKS: "off" });
  expect([settings.WEBHOOK_ALLOWED_HOSTS, settings.WEBHOOK_RETRY_SCHEDULE_MS, settings.WEBHOOKS]).toEqual([["127.0.0.1", "hooks.internal"], [200, 400], "off"]);
});
