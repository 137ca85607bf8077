// The API reference page: everything it loads is served here, from this server's own files.
import { expect, test } from "vitest";
import { apiReferenceAsset, apiReferencePage } from "@/lib/server/api-docs";

test("the page loads only its own files, and each is served with its type", async () => {
  const html = await apiReferencePage().text();
  const loaded = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(loaded).toEqual(["/api/docs/swagger-ui.css", "/api/v1/openapi.json", "/api/docs/swagger-ui-bundle.js", "/api/docs/start.js"]);
  expect(html).not.toMatch(/<script>/);
  for (const path of loaded.filter((p) => p.startsWith("/api/docs/"))) {
    const asset = (await apiReferenceAsset(path.slice("/api/docs/".length)))!;
    expect(asset.headers.get("content-type"), path).toMatch(path.endsWith(".css") ? /^text\/css/ : /^text\/javascript/);
    expect((await asset.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
  }
});

test("Swagger UI reads the document, asks no online validator, and tries reads only", async () => {
  const start = await (await apiReferenceAsset("start.js"))!.text();
  expect(start).toContain('url: "/api/v1/openapi.json"');
  expect(start).toContain("validatorUrl: null");
  expect(start).toContain('supportedSubmitMethods: ["get"]');
});

test("a name that is not one of the page's files is not served", async () => {
  for (const name of ["package.json", "..", "__proto__", "constructor", "index.html"]) expect(await apiReferenceAsset(name)).toBeNull();
});
