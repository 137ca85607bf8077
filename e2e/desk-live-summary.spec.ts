// The race page's summary follows a write without a reload: a batch saved through the API becomes
// the page's "Latest votes" line, "Updated" says just now, and the reason the race is not called
// is told again with the new margin. In the "live" project; it writes only to Demo County's sheriff
// race, which desk-live-page-cache.spec.ts reads afresh each time.
import { bearer } from "./api-keys";
import { openLive } from "./live-transport";
import { expect, test } from "./openapi-check";

const RACE = "demo-county-sheriff";
const RACE_API = `/api/v1/races/${RACE}`;

interface RaceJson {
  margin: { votes: number } | null;
  candidates: { slug: string; name: string; votes: number }[];
  units: { slug: string; version: number; votes: Record<string, number> }[];
}

const votes = (n: number) => n.toLocaleString("en-US");

test("a batch written through the API becomes the summary's latest votes, and the reason moves with the margin", async ({ page, request }) => {
  await openLive(page, `/races/${RACE}`, RACE_API, "push");
  const freshness = page.locator(".summary-freshness");
  const why = page.getByRole("region", { name: "Why isn’t this called?" });
  await expect(freshness).not.toContainText("Latest votes: +1,234 Bell, +56 Kowalski in Commission District 1");

  const race: RaceJson = await (await request.get(RACE_API)).json();
  const unit = race.units.find((u) => u.slug === "district-1")!;
  const write = await request.put(`${RACE_API}/units/district-1`, {
    headers: bearer("staff"),
    data: { version: unit.version, votes: { "marcus-bell": unit.votes["marcus-bell"]! + 1234, "dana-kowalski": unit.votes["dana-kowalski"]! + 56 } },
  });
  expect(write.status()).toBe(200);
  const after = (await write.json()) as RaceJson;
  const [leader, runnerUp] = after.candidates.map((c) => c.name.split(" ").pop());

  await expect(freshness).toContainText(/Latest votes: \+1,234 Bell, \+56 Kowalski in Commission District 1, \d{1,2}:\d{2} [AP]M/);
  await expect(freshness.locator("time")).toHaveText("Updated just now");
  await expect(why).toContainText(`${leader} leads ${runnerUp} by ${votes(after.margin!.votes)} votes`);

  // The race JSON carries the batch for any client that follows it.
  const json = await (await request.get(RACE_API)).json();
  expect(json.lastChange).toMatchObject({ unit: "Commission District 1", unitCount: 1, gains: [{ slug: "marcus-bell", delta: 1234 }, { slug: "dana-kowalski", delta: 56 }] });
});
