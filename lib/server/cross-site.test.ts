import { expect, test } from "vitest";
import { isCrossSiteWrite } from "./cross-site";
import { readJsonBody, UnreadableBody } from "./request-body";

const write = (headers: Record<string, string>, method = "POST") =>
  new Request("http://desk.example.org/api/v1/races/x/call", { method, headers: { host: "desk.example.org", ...headers } });

test("a form posted from another site with the desk's cookie is a cross-site write", () => {
  expect(isCrossSiteWrite(write({ cookie: "s=1", origin: "https://evil.example" }))).toBe(true);
  expect(isCrossSiteWrite(write({ cookie: "s=1", "sec-fetch-site": "cross-site" }))).toBe(true);
  // A sibling subdomain is "same-site" to a browser, and still not the desk.
  expect(isCrossSiteWrite(write({ cookie: "s=1", "sec-fetch-site": "same-site", origin: "https://blog.example.org" }))).toBe(true);
  expect(isCrossSiteWrite(write({ cookie: "s=1", origin: "null" }))).toBe(true);
  for (const method of ["PUT", "PATCH", "DELETE"]) expect(isCrossSiteWrite(write({ origin: "https://evil.example" }, method))).toBe(true);
});

test("the desk's own pages, scripts without a browser, reads and API keys are not", () => {
  expect(isCrossSiteWrite(write({ cookie: "s=1", origin: "http://desk.example.org", "sec-fetch-site": "same-origin" }))).toBe(false);
  expect(isCrossSiteWrite(write({ cookie: "s=1" }))).toBe(false);
  expect(isCrossSiteWrite(write({ "sec-fetch-site": "none" }))).toBe(false);
  expect(isCrossSiteWrite(write({ origin: "https://evil.example" }, "GET"))).toBe(false);
  expect(isCrossSiteWrite(write({ authorization: "Bearer rd_key", origin: "https://graphics.example" }))).toBe(false);
  // Behind a proxy the Host is the app's own address; the proxy forwards the public one.
  expect(isCrossSiteWrite(write({ host: "127.0.0.1:3000", "x-forwarded-host": "desk.example.org", origin: "https://desk.example.org" }))).toBe(false);
});

test("a JSON write must say it is JSON: text/plain is refused with 415 before it is parsed", async () => {
  const body = (contentType: string) => readJsonBody(new Request("http://x/", { method: "POST", headers: { "content-type": contentType }, body: '{"a":1}' }));
  const refused = await body("text/plain");
  expect(refused).toBeInstanceOf(UnreadableBody);
  expect((refused as UnreadableBody).error).toMatchObject({ status: 415, code: "unsupported_media_type" });
  expect(await body("application/x-www-form-urlencoded")).toBeInstanceOf(UnreadableBody);
  expect(await body("application/json")).toEqual({ a: 1 });
  expect(await body("application/json; charset=utf-8")).toEqual({ a: 1 });
  expect(await body("application/merge-patch+json")).toEqual({ a: 1 });
});
