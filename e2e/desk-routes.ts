// Every desk page, found by walking app/(newsroom)/newsroom for page.tsx, so a new page is covered
// by the specs that walk them (desk-page-leaks, desk-phone-width) without being listed anywhere.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const DESK_DIR = "app/(newsroom)/newsroom";

function deskRoutes(dir = DESK_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return deskRoutes(path);
    return entry.name === "page.tsx" ? ["/newsroom" + ("/" + relative(DESK_DIR, dir)).replace(/\/$/, "")] : [];
  });
}

/** Each desk route with its parameters filled with real records, keyed "parent/param" ("races/slug"). */
export function deskPaths(values: Record<string, string>): string[] {
  return deskRoutes().map((route) =>
    route.replace(/\/(\w+)\/\[(\w+)\]/g, (_, parent: string, param: string) => {
      const value = values[`${parent}/${param}`];
      if (!value) throw new Error(`${route}: no value for ${parent}/[${param}]; add one to the spec`);
      return `/${parent}/${value}`;
    }),
  );
}
