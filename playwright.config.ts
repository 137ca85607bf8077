import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_PORT, E2E_SECOND_PORT } from "./e2e/e2e-env";

// End-to-end tests run a production build against a throwaway database (e2e/prepare-database.ts),
// in Debian's Chromium: Playwright's own browser download is not reachable from this network.
// Two instances share the database, as behind a load balancer; the specs talk to the first, and
// desk-live-instances.spec.ts checks that the second sees the first's writes.
const baseURL = `http://127.0.0.1:${E2E_PORT}`;
// What `npm start` runs (server.ts: Next behind the front door), without npm in between.
const START = "node --max-old-space-size=256 --import tsx/esm server.ts";
const serverEnv = (port: number) => ({
  DATABASE_URL: E2E_DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
  PUBLIC_URL: baseURL,
  // Alerts may reach the webhook spec's receiver on 127.0.0.1, and a failed delivery is tried again
  // within seconds rather than the production schedule's minutes.
  WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  WEBHOOK_RETRY_SCHEDULE_MS: "1000,2000,2000,2000,2000",
});

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  // Reader specs only read the demo data; desk specs change it, so they run after the reader specs.
  // Patterns match the whole path, so each is anchored on the file name: a checkout whose folder
  // has "desk-" in its name must not make every spec a desk spec.
  projects: [
    { name: "reader", testMatch: /\/(reader-pages|reader-embeds|reader-keyboard|reader-race-summary|reader-search|reader-security-headers|reader-votes-by-method|reader-race-map|reader-phone-tables|reader-downloads|public-api|accessibility)\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "sign-in", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "desk", testMatch: /\/desk-[^/]*\.spec\.ts$/, testIgnore: /\/desk-(stories|live|security)-[^/]*$/, dependencies: ["reader", "sign-in"], use: { ...devices["Desktop Chrome"] } },
    // Calls change what every race page says, so they come after the tally and set-up specs.
    { name: "calls", testMatch: /\/desk-stories-[^/]*\.spec\.ts$/, dependencies: ["desk"], use: { ...devices["Desktop Chrome"] } },
    // Live pages watch District 5 change, after the District 5 night is over. One spec at a time: each
    // checks which cached pages stay cached, and another's write to the same election would drop them.
    // The desk's security headers are checked here too, on the stories the calls published.
    { name: "live", testMatch: /\/desk-(live-[^/]*|security-headers)\.spec\.ts$/, dependencies: ["calls"], workers: 1, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      name: "first instance",
      command: ["tsx e2e/prepare-database.ts", ...(process.env.E2E_SKIP_BUILD ? [] : ["next build"]), START].join(" && "),
      url: `${baseURL}/api/v1/elections`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: serverEnv(E2E_PORT),
    },
    // Started once the first is up: it reuses the first's build and database.
    {
      name: "second instance",
      command: START,
      url: `http://127.0.0.1:${E2E_SECOND_PORT}/api/v1/elections`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: serverEnv(E2E_SECOND_PORT),
    },
  ],
});
