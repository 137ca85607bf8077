import { DISTRICT_5 } from "./e2e-env";
import { expect, test } from "./openapi-check";

const endpoints = [
  "/api/v1/elections",
  "/api/v1/elections/atlanta-2017-general",
  `/api/v1/races/${DISTRICT_5}`,
  `/api/v1/races/${DISTRICT_5}/history`,
  "/api/v1/openapi.json",
];

for (const path of endpoints) {
  test(`${path} answers 200 with an ETag, then 304 when the caller has it`, async ({ request }) => {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    expect(first.headers()["cache-control"]).toContain("s-maxage");
    const second = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(second.status()).toBe(304);
    expect(await second.text()).toBe("");
  });
}

test("the race JSON carries the contract's fields", async ({ request }) => {
  const race = await (await request.get(`/api/v1/races/${DISTRICT_5}`)).json();
  expect(race).toMatchObject({
    slug: DISTRICT_5,
    office: "Atlanta City Council",
    seat: "District 5",
    rule: { kind: "majority", thresholdPct: 50 },
    reporting: { precinctsReporting: 31, precinctsTotal: 31, pct: 100 },
    totalVotes: 9768,
    margin: { votes: 252 },
    call: { status: "uncalled", winners: [], advancing: [] },
    flags: { runoffLikely: false, recountEligible: false, tie: false },
  });
  expect(race.candidates.map((c: { slug: string; votes: number; status: string | null }) => [c.slug, c.votes, c.status])).toEqual([
    ["natalyn-archibong", 5010, "leading"],
    ["liliana-bakhtiari", 4758, null],
  ]);
  expect(race.units.map((u: { slug: string }) => u.slug)).toEqual(["fulton", "dekalb"]);
});

test("the history shows the lead changing hands during the night and ending at 252", async ({ request }) => {
  const history = await (await request.get(`/api/v1/races/${DISTRICT_5}/history`)).json();
  expect(history.points).toHaveLength(8);
  expect(history.points[0].leaderId).toBe("liliana-bakhtiari");
  expect(history.points.at(-1)).toMatchObject({ leaderId: "natalyn-archibong", margin: 252 });
  expect(history.leadChanges).toHaveLength(1);
});

test("unknown slugs get the JSON error envelope with 404", async ({ request }) => {
  const response = await request.get("/api/v1/races/no-such-race");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: "The race was not found." } });
});

test("/api/docs renders the OpenAPI document from this server's own files", async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== new URL(baseURL!).origin) elsewhere.push(request.url());
  });
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: /Results desk API/ })).toBeVisible();
  await expect(page.getByText("/api/v1/races/{slug}/units/{unitSlug}").first()).toBeVisible();
  expect(elsewhere).toEqual([]);
});
