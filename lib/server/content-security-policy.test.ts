// The pages' Content-Security-Policy: which inline scripts a stored page names by hash (as the
// browser hashes them), what every policy allows, and when the site asks for https (HSTS).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "vitest";
import { contentSecurityPolicy, newNonce, pagePolicy, scriptHashes } from "./content-security-policy.cjs";
import { headersFor, publicUrlIsHttps, transportHeaders } from "./response-headers.cjs";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("an inline script is named by the hash browsers compute for it", () => {
  // MDN's worked example of a CSP hash source.
  expect(scriptHashes("<script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
});

test("only inline scripts are hashed, each once, in page order", () => {
  const html = [
    '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script>',
    '<script nonce="abc" id="_R_">self.__next_f=self.__next_f||[]</script>',
    "<noscript>no scripts</noscript>",
    '<SCRIPT type="text/javascript">upper()</SCRIPT >',
    '<script data-src="x.js" title="a > b">quoted()</script>',
    "<script>self.__next_f=self.__next_f||[]</script>",
    "<script\nsrc='/x.js'></script><script></script></head></html>",
  ].join("");
  expect(scriptHashes(html)).toEqual([sha256("self.__next_f=self.__next_f||[]"), sha256("upper()"), sha256("quoted()"), sha256("")]);
  expect(scriptHashes("<p>No scripts</p>")).toEqual([]);
});

test("line breaks are hashed as the HTML parser leaves them: CR LF and CR become LF", () => {
  expect(scriptHashes("<script>a()\r\nb()\rc()</script>")).toEqual([sha256("a()\nb()\nc()")]);
  expect(scriptHashes("<script>é → ü</script>")).toEqual([sha256("é → ü")]);
});

test("any script text is hashed whole, up to the first </script", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "grapheme" }).filter((text) => !/<\/script/i.test(text) && !text.includes("\r")),
      (text) => {
        expect(scriptHashes(`<main><script>${text}</script></main>`)).toEqual([sha256(text)]);
      },
    ),
  );
});

test("every page: scripts only from the site and its own inline ones, no plugins, no foreign forms or base", () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-a='", "'sha256-b='"], framable: false, https: true });
  expect(policy.split("; ")).toEqual([
    "default-src 'self'",
    "script-src 'self' 'sha256-a=' 'sha256-b='",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
});

test("embeds may be framed by any site; a site on plain http may show http photos", () => {
  expect(contentSecurityPolicy({ scripts: [], framable: true, https: false })).toContain("img-src 'self' data: blob: https: http:;");
  expect(pagePolicy("/embed/races/district-5", ["'nonce-x'"])).toMatch(/; frame-ancestors \*$/);
  expect(pagePolicy("/embed", [])).toMatch(/; frame-ancestors \*$/);
  for (const path of ["/embedded", "/races/district-5", "/"]) expect(pagePolicy(path, [])).toMatch(/; frame-ancestors 'none'$/);
});

test("a nonce is 128 random bits in the base64 Next reads from the policy", () => {
  const nonces = new Set(Array.from({ length: 100 }, newNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) {
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  }
});

test("Strict-Transport-Security only when the public address is https", () => {
  expect(publicUrlIsHttps("https://results.example.org")).toBe(true);
  for (const url of ["http://localhost:3000", "", "not a url", undefined]) expect(publicUrlIsHttps(url)).toBe(false);
  expect(transportHeaders(true)).toEqual([{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]);
  expect(transportHeaders(false)).toEqual([]);
  // The test environment has no https PUBLIC_URL.
  expect(headersFor("/races/district-5")["Strict-Transport-Security"]).toBeUndefined();
});
