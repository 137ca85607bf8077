// Calls and the publication gate against a real SQLite file: the District 5 night, a majority race
// that goes to a runoff, and publishing racing a retraction.
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectationHolds } from "@/lib/domain/publication-gate";
import { atlanta2017 } from "@/prisma/demo/atlanta-2017";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { databaseDump } from "@/lib/testing/database-dump";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";
import { refusal } from "@/lib/testing/refusal";

const database = createTestDatabase();
const { callRace } = await import("./call-race");
const { createStory, publishStory, getStory } = await import("./stories");
const { confirmPendingCall } = await import("./pending-calls");
const { getRaceResult } = await import("@/lib/server/queries/races");
const { readStory } = await import("@/lib/server/queries/reader");
const raceRoute = await import("@/app/api/v1/races/[slug]/route");

const DISTRICT_5 = "atlanta-2017-council-district-5";
const editor: Actor = { userId: "user-editor", name: "Erin Editor", email: "e@example.org", role: "editor", via: "session" };
const staff: Actor = { ...editor, userId: "user-staff", role: "staff" };
const secondEditor: Actor = { ...editor, userId: "user-editor-2", name: "Jane Editor" };

beforeAll(() => loadDemoElections(database.client, [atlanta2017, demoCounty]));
afterAll(() => database.remove());

async function seededStory(slug: string) {
  const story = await database.client.story.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return story.id;
}

test("the District 5 night: too early, the call, the right story, the retraction, the pull", async () => {
  const bakhtiari = await seededStory("bakhtiari-unseats-archibong-in-district-5");
  const archibong = await seededStory("archibong-holds-district-5");

  const early = await refusal(publishStory(editor, bakhtiari));
  expect([early.status, early.code, early.message]).toEqual([409, "gate_closed", "District 5 has not been called"]);

  const { race } = await callRace(editor, DISTRICT_5, { status: "called", winners: ["natalyn-archibong"], note: "All 31 precincts in." });
  expect(race.call).toMatchObject({ status: "called", winners: ["natalyn-archibong"], note: "All 31 precincts in." });
  expect(race.candidates[0]!.status).toBe("winner");

  const wrongWay = await refusal(publishStory(editor, bakhtiari));
  expect(wrongWay.message).toBe("District 5 was called for Natalyn Archibong; this story expects Liliana Bakhtiari");
  expect((await publishStory(editor, archibong)).status).toBe("published");

  const retraction = await callRace(editor, DISTRICT_5, { status: "uncalled", note: "Provisional ballots outstanding in DeKalb." });
  expect(retraction.race.call.status).toBe("uncalled");
  // The editor's reason travels with the pull, to the desk and to the story's reader page.
  const why = "Pulled: The call in District 5 was retracted: Provisional ballots outstanding in DeKalb.";
  expect(retraction.pulledStories).toEqual([
    { id: archibong, slug: "archibong-holds-district-5", headline: "Archibong holds District 5 by 252 votes", reason: why },
  ]);
  expect(await getStory(editor, archibong)).toMatchObject({ status: "pulled", pulledReason: why });
  expect(await readStory("archibong-holds-district-5")).toMatchObject({
    status: "pulled",
    pulledReason: "The call in District 5 was retracted: Provisional ballots outstanding in DeKalb.",
  });
  expect((await getStory(editor, bakhtiari)).status).toBe("draft");

  const calls = await database.client.raceCall.findMany({ where: { race: { slug: DISTRICT_5 } }, orderBy: { seq: "asc" } });
  expect(calls.map((c) => [c.seq, c.status, c.actorLabel])).toEqual([[1, "called", "Erin Editor"], [2, "uncalled", "Erin Editor"]]);
  expect(JSON.parse(calls[0]!.snapshot)).toMatchObject({ totalVotes: 9768, margin: { votes: 252 } });
  const audit = await database.client.auditEvent.findMany({ where: { action: { in: ["race.called", "race.call_retracted", "story.published", "story.pulled"] } }, orderBy: { createdAt: "asc" } });
  expect(audit.map((a) => a.action).sort()).toEqual(["race.call_retracted", "race.called", "story.published", "story.pulled"]);
});

test("a call that the guard refuses, or whose warnings are not acknowledged, writes nothing", async () => {
  const dump = databaseDump(database.url);
  const belowThreshold = await refusal(callRace(editor, DISTRICT_5, { status: "called", winners: ["liliana-bakhtiari"] }), "call_refused");
  expect([belowThreshold.status, belowThreshold.code]).toEqual([422, "call_refused"]);
  expect(belowThreshold.details.refusals.map((r) => r.code)).toEqual(["winner_below_threshold"]);

  const clerk = await refusal(callRace(editor, "demo-county-clerk", { status: "called", winners: ["priya-raman"] }), "call_needs_acknowledgement");
  expect([clerk.status, clerk.code]).toEqual([422, "call_needs_acknowledgement"]);
  expect(clerk.details.warnings.map((w) => w.code)).toEqual(["margin_in_recount_band"]);
  expect((await refusal(callRace(staff, DISTRICT_5, { status: "too_close" }))).status).toBe(403);
  expect((await refusal(callRace(null, DISTRICT_5, { status: "too_close" }))).status).toBe(401);
  expect(databaseDump(database.url)).toEqual(dump);

  // Acknowledged, the close call waits for a second editor (pending-calls.test.ts), whose confirmation makes it.
  const acknowledged = await callRace(editor, "demo-county-clerk", { status: "called", winners: ["priya-raman"], acknowledge: ["margin_in_recount_band"] });
  expect(acknowledged.race.call.status).toBe("too_close");
  const confirmed = await confirmPendingCall(secondEditor, "demo-county-clerk", { id: acknowledged.pendingCall!.id });
  expect(confirmed.race.call.status).toBe("called");
  const stored = await database.client.raceCall.findFirstOrThrow({ where: { race: { slug: "demo-county-clerk" } }, orderBy: { seq: "desc" } });
  expect(stored.acknowledgements).toBe("margin_in_recount_band");
});

test("a majority race where nobody passes 50%: one winner is refused, a runoff of the top two stands, and a runoff story publishes", async () => {
  await callRace(editor, "demo-county-treasurer", { status: "uncalled", note: "Re-checking" });
  const single = await refusal(callRace(editor, "demo-county-treasurer", { status: "called", winners: ["helen-park"] }));
  expect(single.code).toBe("call_refused");
  expect(single.message).toContain("this is a runoff, not a win");

  const story = await createStory(editor, {
    raceSlug: "demo-county-treasurer",
    headline: "Treasurer race heads to a runoff",
    body: "Park and Adeyemi meet again in December.",
    expects: { kind: "runoff" },
  });
  expect(story).toMatchObject({ status: "draft", slug: "treasurer-race-heads-to-a-runoff" });
  expect((await refusal(publishStory(editor, story.id))).message).toBe("Demo County Treasurer has not been called");

  await callRace(editor, "demo-county-treasurer", { status: "runoff", advancing: ["helen-park", "samuel-adeyemi"] });
  expect((await publishStory(editor, story.id)).status).toBe("published");
});

test("publishing while the call is retracted never leaves a published story whose result does not hold", async () => {
  const story = await createStory(editor, {
    raceSlug: "demo-county-mayor",
    headline: "Delgado elected mayor",
    body: "Rosa Delgado won.",
    expects: { kind: "winner", candidate: "rosa-delgado" },
  });
  for (let round = 0; round < 15; round++) {
    await callRace(editor, "demo-county-mayor", { status: "called", winners: ["rosa-delgado"] });
    await Promise.allSettled([publishStory(editor, story.id), callRace(editor, "demo-county-mayor", { status: "uncalled", note: `round ${round}` })]);

    const current = (await getRaceResult("demo-county-mayor"))!.call;
    const published = await database.client.story.findMany({ where: { race: { slug: "demo-county-mayor" }, status: "published" } });
    for (const row of published) {
      expect(expectationHolds({ kind: "winner", candidate: "rosa-delgado" }, current), `round ${round}: ${row.slug} published under ${current.status}`).toBe(true);
    }
  }
});

test("after a retraction the race JSON says when and why, and gives no call time", async () => {
  const readJson = async (etag?: string) => {
    const request = new Request("http://localhost/api/v1/races/demo-county-sheriff", { headers: etag ? { "If-None-Match": etag } : {} });
    return raceRoute.GET(request, { params: Promise.resolve({ slug: "demo-county-sheriff" }) });
  };
  await callRace(editor, "demo-county-sheriff", { status: "too_close" });
  const before = await readJson();
  const beforeBody = await before.json();
  expect(beforeBody.call).toMatchObject({ status: "too_close", retractedAt: null, note: null });
  expect(beforeBody.call.calledAt).toEqual(expect.any(String));

  const { race } = await callRace(editor, "demo-county-sheriff", { status: "uncalled", note: "Recanvass under way" });
  const after = await readJson(before.headers.get("ETag")!);
  expect(after.status).toBe(200); // the cached JSON and its ETag went with the retraction
  const body = await after.json();
  expect(body.call).toEqual({ status: "uncalled", winners: [], advancing: [], calledAt: null, retractedAt: race.call.retractedAt, note: "Recanvass under way" });
  const stored = await database.client.raceCall.findFirstOrThrow({ where: { race: { slug: "demo-county-sheriff" } }, orderBy: { seq: "desc" } });
  expect(body.call.retractedAt).toBe(stored.createdAt.toISOString());
  // The race's time moves with the retraction, so pollers and "Last updated" see a change.
  expect(body.updatedAt).toBe(body.call.retractedAt);
  expect(body.updatedAt > beforeBody.updatedAt).toBe(true);
});
