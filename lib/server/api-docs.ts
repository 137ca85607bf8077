import "server-only";
// The rendered API reference at /api/docs: Swagger UI (swagger-ui-dist) reading
// /api/v1/openapi.json. Every file is served from this server (no CDN), the page has no inline
// script, and Swagger UI's online validator badge is off, so the page works offline.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const SWAGGER_UI = join(process.cwd(), "node_modules", "swagger-ui-dist");

// Starts Swagger UI on the document. "Try it out" only for reads: a reference page is not the place
// for an accidental write on election night.
const START = `window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#reference",
    deepLinking: true,
    validatorUrl: null,
    supportedSubmitMethods: ["get"],
  });
});
`;

const ASSETS: Record<string, { type: string; load: () => Promise<string> }> = {
  "swagger-ui-bundle.js": { type: "text/javascript; charset=utf-8", load: () => readFile(join(SWAGGER_UI, "swagger-ui-bundle.js"), "utf8") },
  "swagger-ui.css": { type: "text/css; charset=utf-8", load: () => readFile(join(SWAGGER_UI, "swagger-ui.css"), "utf8") },
  "start.js": { type: "text/javascript; charset=utf-8", load: async () => START },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Results Desk</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<noscript><p>The API reference needs JavaScript. The document itself is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></noscript>
<main id="reference"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

// The files change only with a deploy: an hour in browsers and caches, then fetched again.
const CACHE_CONTROL = "public, max-age=3600";

export function apiReferencePage(): Response {
  return new Response(PAGE, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_CONTROL } });
}

/** One of the page's files, or null for a name that is not one. */
export async function apiReferenceAsset(name: string): Promise<Response | null> {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return null;
  return new Response(await asset.load(), { headers: { "Content-Type": asset.type, "Cache-Control": CACHE_CONTROL } });
}
