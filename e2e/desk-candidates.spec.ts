// Candidates on an existing race: an editor adds one on the race's set-up page (they start at 0 in
// every unit) and withdraws another; readers see the withdrawn candidate listed last, marked
// "Withdrawn", with their votes, and a call for them is refused.
import { randomUUID } from "node:crypto";
import { bearer } from "./api-keys";
import { STORAGE_STATE } from "./e2e-env";
import { expect, test } from "./openapi-check";

test.use({ storageState: STORAGE_STATE("editor") });

test("add a candidate, withdraw one, and the reader page shows it", async ({ page, request }) => {
  // A race of this spec's own, so the other desk specs running beside it cannot move its numbers.
  const id = randomUUID().slice(0, 8);
  const slug = `candidates-spec-${id}`;
  const created = await request.post("/api/v1/elections/demo-county-2026-general/races", {
    headers: bearer("editor"),
    data: {
      slug,
      office: "Library Board",
      seat: `Seat ${id}`,
      rule: { kind: "plurality" },
      candidates: [
        { name: "Ruth Abara", slug: `ruth-abara-${id}` },
        { name: "Colm Byrne", slug: `colm-byrne-${id}` },
      ],
      units: [{ name: "East Ward", slug: "east", precinctsTotal: 2 }],
    },
  });
  expect(created.status()).toBe(201);
  const saved = await request.put(`/api/v1/races/${slug}/units/east`, {
    headers: bearer("staff"),
    data: { version: 0, precinctsReporting: 1, votes: { [`ruth-abara-${id}`]: 700, [`colm-byrne-${id}`]: 300 } },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/newsroom/races/${slug}/setup`);
  const add = page.getByRole("form", { name: "Add a candidate" });
  await add.getByLabel("New candidate").fill(`Ines Duarte ${id}`);
  await add.getByLabel("Party").fill("Green");
  await add.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText(`Ines Duarte ${id} added, at 0 votes in every unit.`)).toBeVisible();
  const candidates = page.getByRole("region", { name: "Candidates" }).getByRole("listitem");
  await expect(candidates).toHaveCount(3);

  await page.getByRole("button", { name: "Withdraw Ruth Abara" }).click();
  const withdraw = page.getByRole("form", { name: "Withdraw Ruth Abara" });
  await withdraw.getByLabel("Note (optional)").fill("Left the race on October 30");
  await withdraw.getByRole("button", { name: "Withdraw Ruth Abara" }).click();
  await expect(candidates.filter({ hasText: "Ruth Abara" })).toContainText("Withdrawn");
  await expect(candidates.filter({ hasText: "Ruth Abara" })).toContainText("Left the race on October 30");

  const race = await (await request.get(`/api/v1/races/${slug}`)).json();
  expect(race.candidates.map((c: { name: string; withdrawn: boolean; votes: number }) => [c.name, c.withdrawn, c.votes])).toEqual([
    ["Colm Byrne", false, 300],
    [`Ines Duarte ${id}`, false, 0],
    ["Ruth Abara", true, 700],
  ]);
  expect(race.units[0].votes[`ines-duarte-${id}`]).toBe(0);

  await page.goto(`/races/${slug}`);
  const rows = page.getByRole("table", { name: /^Results/ }).getByRole("row");
  await expect(rows.last()).toContainText("Ruth Abara");
  await expect(rows.last()).toContainText("Withdrawn");
  await expect(rows.last()).toContainText("700");

  const call = await request.post(`/api/v1/races/${slug}/call`, {
    headers: bearer("editor"),
    data: { status: "called", winners: [`ruth-abara-${id}`], acknowledge: ["winner_not_leading", "margin_below_projection"] },
  });
  expect(call.status()).toBe(422);
  expect((await call.json()).error.refusals.map((r: { code: string }) => r.code)).toContain("withdrawn_candidate");
});
