// Guards server actions: every export of a "use server" file is a public endpoint, so each must be
// an async action that hands the signed-in actor to a command (which checks the role). Only the
// sign-in and sign-out actions, which establish or end the session, are exempt.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const EXEMPT = new Set(["signInAction", "signOutAction"]);

function serverActionFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(path);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

test("there are server action files to check", () => {
  expect(serverActionFiles().length).toBeGreaterThan(3);
});

for (const file of serverActionFiles()) {
  test(`${file}: exports only async actions, each passing the current actor to its command`, () => {
    const source = readFileSync(file, "utf8");
    const valueExports = [...source.matchAll(/^export\s+(?!type\b|interface\b)(\w+(?:\s+\w+)?)\s+(\w+)/gm)];
    for (const [, kind, name] of valueExports) {
      expect(kind, `${name} in ${file}`).toBe("async function");
      if (EXEMPT.has(name!)) continue;
      const body = source.slice(source.indexOf(`function ${name}`)).split(/\nexport /)[0]!;
      expect(body, `${name} in ${file} must pass currentActor() to a command`).toMatch(/currentActor\(\)/);
    }
  });
}
