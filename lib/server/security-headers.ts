// What server.ts adds around every request Next answers (the front door's answers carry their own):
// a nonce for Next to stamp on the scripts of a page it renders, and, as the answer's headers go
// out, the Content-Security-Policy that allows exactly that page's scripts, plus
// Strict-Transport-Security when the site is https.
//
// Next sends a page from its page cache with the hashes of the page's inline scripts (stored with
// it by next-cache-handler.cjs); the policy then names those. A page rendered for this request
// names the nonce instead. Either way the page's HTML carries the nonce, so a page Next rendered
// now is allowed by both. Other answers (JSON, images, RSC payloads) keep next.config.js's headers.
//
// It runs in server.ts, outside Next's bundles, like the front door.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { newNonce, pagePolicy, SCRIPT_HASHES_HEADER } from "./content-security-policy.cjs";
import { transportHeaders } from "./response-headers.cjs";

function contentType(response: ServerResponse, headers: unknown): string {
  if (headers && typeof headers === "object" && !Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
      if (name.toLowerCase() === "content-type") return String(value);
    }
  }
  return String(response.getHeader("content-type") ?? "");
}

/** Call before handing the request to Next. */
export function addSecurityHeaders(request: IncomingMessage, response: ServerResponse): void {
  const pathname = (request.url ?? "/").split("?", 1)[0]!;
  const noncePolicy = pagePolicy(pathname, [`'nonce-${newNonce()}'`]);
  // Next takes the nonce from the request's policy (and a client's own header is overwritten).
  request.headers["content-security-policy"] = noncePolicy;
  delete request.headers["content-security-policy-report-only"];

  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithPolicy(this: ServerResponse, ...args: unknown[]) {
    const hashes = this.getHeader(SCRIPT_HASHES_HEADER);
    this.removeHeader(SCRIPT_HASHES_HEADER);
    if (hashes !== undefined) {
      const scripts = [hashes].flat().join(" ").split(" ").filter(Boolean);
      this.setHeader("Content-Security-Policy", pagePolicy(pathname, scripts));
    } else if (contentType(this, args.at(-1)).startsWith("text/html")) {
      this.setHeader("Content-Security-Policy", noncePolicy);
    }
    for (const { key, value } of transportHeaders()) this.setHeader(key, value);
    return writeHead.apply(this, args as Parameters<ServerResponse["writeHead"]>);
  } as ServerResponse["writeHead"];
}
