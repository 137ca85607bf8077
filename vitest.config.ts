import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React server bundle; tests run the server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    // A test file's set-up loads the demo elections into a fresh database: seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
