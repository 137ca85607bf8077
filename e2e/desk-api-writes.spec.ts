// The tally write API under real HTTP concurrency, and its refusals, through a staff API key.
import { bearer } from "./api-keys";
import { expect, test } from "./openapi-check";

const RACE = "demo-county-treasurer";
const unitPath = (unit: string) => `/api/v1/races/${RACE}/units/${unit}`;

test("20 writers with the same version on one unit: one 200, nineteen 409, history grows by one", async ({ request }) => {
  const race = await (await request.get(`/api/v1/races/${RACE}`)).json();
  const unit = race.units.find((u: { slug: string }) => u.slug === "district-3");
  const historyBefore = (await (await request.get(`/api/v1/races/${RACE}/history`)).json()).points.length;

  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      request.put(unitPath("district-3"), { headers: bearer("staff"), data: { version: unit.version, votes: { "helen-park": unit.votes["helen-park"] + 1 + i } } }),
    ),
  );
  const statuses = responses.map((r) => r.status()).sort();
  expect(statuses).toEqual([200, ...Array(19).fill(409)]);
  const conflict = await responses.find((r) => r.status() === 409)!.json();
  expect(conflict.error).toMatchObject({ code: "version_conflict", current: { slug: "district-3", version: unit.version + 1 } });

  const after = await (await request.get(`/api/v1/races/${RACE}`)).json();
  const winner = await responses.find((r) => r.status() === 200)!.json();
  expect(after.units.find((u: { slug: string }) => u.slug === "district-3")).toEqual(winner.units.find((u: { slug: string }) => u.slug === "district-3"));
  expect((await (await request.get(`/api/v1/races/${RACE}/history`)).json()).points.length).toBe(historyBefore + 1);
});

test("writers on different units at once all succeed", async ({ request }) => {
  const race = await (await request.get(`/api/v1/races/${RACE}`)).json();
  const responses = await Promise.all(
    race.units.map((u: { slug: string; version: number; votes: Record<string, number> }) =>
      request.put(unitPath(u.slug), { headers: bearer("staff"), data: { version: u.version, votes: { "lucy-fontaine": u.votes["lucy-fontaine"]! + 10 } } }),
    ),
  );
  expect(responses.map((r) => r.status())).toEqual(race.units.map(() => 200));
  // Answered by the front door (server.ts), not Next's router: the hot write's fast path is in use.
  expect(responses.map((r) => r.headers()["x-front-door"])).toEqual(race.units.map(() => "write"));
  const after = await (await request.get(`/api/v1/races/${RACE}`)).json();
  expect(after.candidates.find((c: { slug: string }) => c.slug === "lucy-fontaine").votes).toBe(
    race.candidates.find((c: { slug: string }) => c.slug === "lucy-fontaine").votes + 10 * race.units.length,
  );
});

const badInputs: [string, { body: string; contentLength?: boolean }, number, string][] = [
  ["bad JSON", { body: '{"version": 1,' }, 400, "malformed"],
  ["a string for the version", { body: '{"version": "1", "votes": {}}' }, 400, "malformed"],
  ["votes as a list", { body: '{"version": 1, "votes": [1, 2]}' }, 400, "malformed"],
  ["an unknown field", { body: '{"version": 1, "votes": {}, "winner": "helen-park"}' }, 400, "malformed"],
  ["a negative count", { body: '{"version": VERSION, "votes": {"helen-park": -1}}' }, 422, "invalid"],
  ["a fractional count", { body: '{"version": VERSION, "votes": {"helen-park": 10.5}}' }, 422, "invalid"],
  ["a huge count", { body: '{"version": VERSION, "votes": {"helen-park": 1e300}}' }, 422, "invalid"],
  ["an unknown candidate", { body: '{"version": VERSION, "votes": {"nobody": 5}}' }, 422, "invalid"],
  ["precincts above the total", { body: '{"version": VERSION, "precinctsReporting": 999, "votes": {}}' }, 422, "invalid"],
  ["votes above ballots cast", { body: '{"version": VERSION, "ballotsCast": 10, "votes": {}}' }, 422, "invalid"],
  ["a lower count without a correction", { body: '{"version": VERSION, "votes": {"helen-park": 0}}' }, 422, "invalid"],
  ["a stale version", { body: '{"version": 0, "votes": {"helen-park": 999999}}' }, 409, "version_conflict"],
  ["an oversize body", { body: `{"version": 1, "votes": {}, "note": "${"x".repeat(70_000)}"}` }, 413, "payload_too_large"],
];

for (const [what, { body }, status, code] of badInputs) {
  test(`a write with ${what} is refused with ${status} ${code} and changes nothing`, async ({ request }) => {
    const before = await (await request.get(`/api/v1/races/${RACE}`)).json();
    const version = before.units.find((u: { slug: string }) => u.slug === "district-1").version;
    const response = await request.put(unitPath("district-1"), {
      headers: { ...bearer("staff"), "content-type": "application/json" },
      data: body.replace("VERSION", String(version)),
    });
    expect(response.status()).toBe(status);
    expect((await response.json()).error.code).toBe(code);
    expect(await (await request.get(`/api/v1/races/${RACE}`)).json()).toEqual(before);
  });
}

test("unknown races and units are 404", async ({ request }) => {
  expect((await request.put("/api/v1/races/no-such-race/units/x", { headers: bearer("staff"), data: { version: 0, votes: {} } })).status()).toBe(404);
  expect((await request.put(unitPath("no-such-unit"), { headers: bearer("staff"), data: { version: 0, votes: {} } })).status()).toBe(404);
});
