import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of DESIGN.md section 3. Pages, routes and components reach the database only through
// lib/server; the domain rules stay free of framework and database code; commands sit on top of
// lib/server; and nothing the app runs reaches back into the seed or the test helpers, which build
// on the app's code. (ESLint keeps one no-restricted-imports per file, the last that matches, so
// each block lists all of its patterns.)
const throughLibServer = { group: ["@/lib/generated/*", "@prisma/*"], message: "Read and write through lib/server." };
const pureRules = {
  group: ["next", "next/*", "react", "@prisma/*", "@/lib/generated/*", "@/lib/server/*", "node:*"],
  message: "lib/domain is pure rules.",
};
const seedOrTestHelpers = {
  group: ["@/prisma/*", "@/lib/testing/*", "**/testing/*"],
  message: "The app does not reach into the seed or the test helpers: move the shared piece down into lib.",
};
const testHelpers = { group: ["@/lib/testing/*", "**/lib/testing/*"], message: seedOrTestHelpers.message };
const commands = {
  group: ["@/lib/server/commands/*"],
  message: "Commands sit on top of lib/server: move what a read or a helper needs below them.",
};
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const TESTS = ["**/*.test.ts", "lib/testing/**"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // The page cache handler is loaded by Next outside its bundles, as CommonJS.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**", "components/**"], rules: restrict(throughLibServer) },
  { files: ["app/**", "components/**"], ignores: TESTS, rules: restrict(throughLibServer, seedOrTestHelpers) },
  { files: ["lib/server/**"], ignores: TESTS, rules: restrict(seedOrTestHelpers, commands) },
  // The commands, and the route handlers the front door calls too (lib/server/api), sit above the rest.
  { files: ["lib/server/commands/**", "lib/server/api/**"], ignores: TESTS, rules: restrict(seedOrTestHelpers) },
  // What runs on a production server (npm start, db:migrate, the seed, the admin command line).
  { files: ["server.ts", "instrumentation.ts", "scripts/migrate.ts", "scripts/newsroom.ts", "prisma/**"], ignores: TESTS, rules: restrict(testHelpers) },
  { files: ["lib/domain/**"], rules: restrict(pureRules, seedOrTestHelpers) },
  // Their tests may read fixture files (the real feed payloads in ../shared/fixtures) from disk.
  {
    files: ["lib/domain/**/*.test.ts"],
    rules: restrict({ ...pureRules, group: pureRules.group.filter((pattern) => pattern !== "node:*") }, seedOrTestHelpers),
  },
];

export default config;
