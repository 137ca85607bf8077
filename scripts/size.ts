// `npm run size`: the race page's first-load JavaScript, gzipped, from the production build in
// .next (run `next build` first), against the budget of 150 KB. Exits 1 over budget.
//
// What counts: the files every App Router page boots with (build-manifest.json `rootMainFiles`:
// the React and Next runtime) plus every chunk the page's client reference manifest lists for the
// segments of /races/[slug] (root layout, (public) layout and error boundary, not-found, the page).
// These are the same lists the server reads to write the page's <script> tags, so no server or
// database is needed. Chunks loaded later through dynamic import() are not first-load and are not
// counted; nomodule polyfills are not loaded by current browsers and are not counted either.
// Each file is gzipped on its own with Node's default level, as a server would send it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 150;
const PAGE = "/(public)/races/[slug]/page";
const NEXT_DIR = join(process.cwd(), ".next");

function fail(message: string): never {
  console.error(`size: ${message}`);
  process.exit(2);
}

function readBuildFile(relativePath: string): string {
  const path = join(NEXT_DIR, relativePath);
  if (!existsSync(path)) fail(`${path} is missing: run \`next build\` first (or Next changed its build layout).`);
  return readFileSync(path, "utf8");
}

function rootMainFiles(): string[] {
  const manifest = JSON.parse(readBuildFile("build-manifest.json")) as { rootMainFiles?: string[] };
  if (!manifest.rootMainFiles?.length) fail("build-manifest.json lists no rootMainFiles.");
  return manifest.rootMainFiles;
}

function pageEntryFiles(): string[] {
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in an empty context.
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  runInNewContext(readBuildFile(`server/app${PAGE}_client-reference-manifest.js`), sandbox);
  const entries = sandbox.__RSC_MANIFEST?.[PAGE]?.entryJSFiles;
  if (!entries) fail(`the client reference manifest has no entryJSFiles for ${PAGE}.`);
  return Object.values(entries).flat();
}

const files = [...new Set([...rootMainFiles(), ...pageEntryFiles()])].map((file) => file.replace(/^\/?_next\//, ""));
const sizes = files.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(NEXT_DIR, file))).length }));
const totalKb = sizes.reduce((sum, s) => sum + s.gzipped, 0) / 1024;

for (const { file, gzipped } of [...sizes].sort((a, b) => b.gzipped - a.gzipped)) {
  console.log(`  ${(gzipped / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(`race page first-load JS: ${totalKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
