// The OpenAPI document: valid OpenAPI 3.1 to a real validator, every schema in it valid JSON Schema
// 2020-12 to a strict one, and exactly the routes and methods of the files under app/api/v1.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { validate } from "@readme/openapi-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { expect, test } from "vitest";
import { openApiDocument, openApiJson } from "@/lib/server/openapi/document";
import { OpenApiCheck } from "@/lib/testing/openapi-check";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

/** "GET /api/v1/races/{slug}" for each method a route file under `dir` exports. */
function routeOperations(dir = "app/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeOperations(path);
    if (entry.name !== "route.ts") return [];
    const route = "/" + relative("app", path).replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
    const source = readFileSync(path, "utf8");
    const exported = new RegExp(`export\\s+(?:(?:async\\s+)?function|const)\\s+(${METHODS.join("|")})\\b`, "g");
    return [...source.matchAll(exported)].map((m) => `${m[1]} ${route}`);
  });
}

function documentOperations(document: OpenAPIV3_1.Document): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method.toLowerCase() as Lowercase<typeof method>]).map((method) => `${method} ${path}`),
  );
}

test("the document is valid OpenAPI 3.1", async () => {
  const document = openApiDocument();
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(await validate(structuredClone(document))).toEqual({ valid: true, warnings: [], specification: "OpenAPI" });
});

test("the validator is not a formality: a path parameter the operation does not declare is refused", async () => {
  const broken = structuredClone(openApiDocument());
  broken.paths!["/api/v1/races/{slug}"]!.get!.parameters = [];
  expect(await validate(broken)).toMatchObject({ valid: false });
});

test("every route file's methods are in the document, and the document has no others", () => {
  const routes = routeOperations().sort();
  expect(routes).toContain("PUT /api/v1/races/{slug}/units/{unitSlug}");
  expect(documentOperations(openApiDocument()).sort()).toEqual(routes);
});

test("every schema in the document is valid JSON Schema 2020-12 to a strict validator", () => {
  expect(Object.keys(openApiDocument().components!.schemas!).length).toBeGreaterThan(30);
  expect(new OpenApiCheck(openApiDocument()).schemaProblems()).toEqual([]);
});

test("the document is built once and served with an ETag", () => {
  expect(openApiDocument()).toBe(openApiDocument());
  const served = openApiJson();
  expect(served).toBe(openApiJson());
  expect(JSON.parse(served.text)).toEqual(openApiDocument());
  expect(served.etag).toMatch(/^"[\w-]+"$/);
});
