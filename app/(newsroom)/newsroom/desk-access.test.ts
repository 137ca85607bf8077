// Guards the desk pages: each renders through withDeskAccess, so the permission is checked in the page
// itself (Next renders a page beside its layouts, so a layout's check cannot keep the page's data out
// of the response). A new desk page that forgets fails here; e2e/desk-page-leaks.spec.ts checks what
// the pages actually answer.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const DESK = "app/(newsroom)/newsroom";

function deskPages(dir = DESK): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deskPages(path);
    return entry.name === "page.tsx" ? [path] : [];
  });
}

test("there are desk pages to check", () => {
  expect(deskPages().length).toBeGreaterThan(8);
});

for (const page of deskPages()) {
  test(`${page} renders through withDeskAccess`, () => {
    const source = readFileSync(page, "utf8");
    expect(source).toMatch(/export default async function \w+\([^)]*\) \{\n  return withDeskAccess\("[a-z:]+", async/);
  });
}
