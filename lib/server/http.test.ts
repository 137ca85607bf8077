import { expect, test } from "vitest";
import { errorResponse, publicJson } from "./http";

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/races/x", { headers });

test("a public answer carries an ETag and a short shared-cache lifetime", async () => {
  const response = publicJson(request(), { votes: 5010 });
  expect(response.status).toBe(200);
  expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  expect(response.headers.get("cache-control")).toContain("s-maxage=");
  expect(await response.json()).toEqual({ votes: 5010 });
});

test("a caller holding the current ETag gets 304 with no body, weak or strong, alone or in a list", async () => {
  const etag = publicJson(request(), { votes: 5010 }).headers.get("etag")!;
  for (const header of [etag, `W/${etag}`, `"stale", ${etag}`]) {
    const response = publicJson(request({ "If-None-Match": header }), { votes: 5010 });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  }
});

test("a changed body gets a new ETag, so a stale poller gets the new numbers", () => {
  const etag = publicJson(request(), { votes: 5010 }).headers.get("etag")!;
  const response = publicJson(request({ "If-None-Match": etag }), { votes: 5011 });
  expect(response.status).toBe(200);
  expect(response.headers.get("etag")).not.toBe(etag);
});

test("errors use the API's envelope", async () => {
  const response = errorResponse(404, "not_found", "The race was not found.");
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: "The race was not found." } });
});
