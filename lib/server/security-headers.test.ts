// What server.ts adds to Next's answers: a page rendered now is allowed by the nonce Next found in
// the request, a page Next serves from its cache by the hashes stored with it, and other answers
// keep next.config.js's headers.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { expect, test } from "vitest";
import { SCRIPT_HASHES_HEADER } from "./content-security-policy.cjs";
import { addSecurityHeaders } from "./security-headers";

/** A request as Next receives it from server.ts, and the answer Next then starts with its headers. */
function answer(url: string, headers: Record<string, string>, requestHeaders: Record<string, string> = {}) {
  const request = new IncomingMessage(new Socket());
  Object.assign(request, { method: "GET", url, headers: { ...requestHeaders } });
  const response = new ServerResponse(request);
  addSecurityHeaders(request, response);
  // next.config.js's headers, then what Next sets, then the status line goes out.
  response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.writeHead(200);
  return { request, policy: response.getHeader("content-security-policy"), header: (name: string) => response.getHeader(name) };
}

test("a page rendered for this request is allowed by the nonce Next took from the request", () => {
  const { request, policy } = answer("/newsroom?tab=all", { "Content-Type": "text/html; charset=utf-8" }, { "content-security-policy": "script-src 'nonce-chosen-by-client'" });
  const nonce = /'nonce-([^']+)'/.exec(String(request.headers["content-security-policy"]))?.[1];
  expect(nonce).toBeDefined();
  expect(nonce).not.toBe("chosen-by-client");
  expect(policy).toContain(`; script-src 'self' 'nonce-${nonce}'; `);
  expect(policy).toMatch(/; frame-ancestors 'none'$/);
  expect(answer("/newsroom", { "Content-Type": "text/html" }).policy).not.toContain(`'nonce-${nonce}'`);
});

test("a page from Next's cache is allowed by the hashes stored with it, which do not leave the server", () => {
  const cached = answer("/embed/races/district-5", { "Content-Type": "text/html; charset=utf-8", [SCRIPT_HASHES_HEADER]: "'sha256-a=' 'sha256-b='" });
  expect(cached.policy).toContain("; script-src 'self' 'sha256-a=' 'sha256-b='; ");
  expect(cached.policy).not.toContain("'nonce-");
  expect(cached.policy).toMatch(/; frame-ancestors \*$/);
  expect(cached.header(SCRIPT_HASHES_HEADER)).toBeUndefined();
});

test("answers that are not pages keep next.config.js's policy; no HSTS while the site is http", () => {
  for (const type of ["application/json", "image/png", "text/x-component"]) {
    const other = answer("/api/v1/races/district-5", { "Content-Type": type });
    expect(other.policy).toBe("frame-ancestors 'none'");
    expect(other.header("strict-transport-security")).toBeUndefined();
  }
});
