// Close calls and the second editor, against a real SQLite file: Demo County Clerk is 31 votes
// apart inside its 0.5-point recount band, so calling it for Priya Raman waits for a second editor.
import { afterAll, beforeAll, expect, test } from "vitest";
import { demoCounty } from "@/prisma/demo/demo-county";
import { loadDemoElections } from "@/prisma/demo/load-demo";
import { refusal } from "@/lib/testing/refusal";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const { callRace } = await import("./call-race");
const { confirmPendingCall, withdrawPendingCall } = await import("./pending-calls");
const { createStory, publishStory } = await import("./stories");
const { writeUnitTally } = await import("./write-unit-tally");
const { getRaceResult } = await import("@/lib/server/queries/races");
const { getPendingCall, listRacesWithPendingCalls } = await import("@/lib/server/queries/pending-calls");
const raceRoute = await import("@/app/api/v1/races/[slug]/route");

const CLERK = "demo-county-clerk";
const jane: Actor = { userId: "user-jane", name: "Jane Editor", email: "jane@example.org", role: "editor", via: "session" };
const erin: Actor = { userId: "user-erin", name: "Erin Editor", email: "erin@example.org", role: "editor", via: "session" };
const staff: Actor = { ...erin, userId: "user-staff", role: "staff" };
const RAMAN = { status: "called", winners: ["priya-raman"], acknowledge: ["margin_in_recount_band"], note: "Provisionals cured." } as const;

beforeAll(() => loadDemoElections(database.client, [demoCounty]));
afterAll(() => database.remove());

const raceCalledAlerts = () => database.client.outboxEvent.count({ where: { type: "race.called", data: { contains: CLERK } } });
const readerJson = async () => (await (await raceRoute.GET(new Request(`http://localhost/api/v1/races/${CLERK}`), { params: Promise.resolve({ slug: CLERK }) })).json()) as { call: { status: string } };

test("a close call waits for a second editor: readers and the gate see no call, and no alert goes out, until another editor confirms", async () => {
  const story = await createStory(jane, { raceSlug: CLERK, headline: "Raman wins clerk's race", body: "By 31 votes.", expects: { kind: "winner", candidate: "priya-raman" } });
  const callsBefore = await database.client.raceCall.count({ where: { race: { slug: CLERK } } });
  const versionBefore = (await getRaceResult(CLERK))!.version;

  const proposed = await callRace(jane, CLERK, RAMAN);
  expect(proposed.pendingCall).toMatchObject({ status: "called", winners: ["priya-raman"], proposedBy: "Jane Editor", acknowledge: ["margin_in_recount_band"], outcome: null });
  expect(proposed.race.call.status).toBe("too_close");
  // Nothing a reader sees moved: no call row, no version bump, the JSON still says too close.
  expect(await database.client.raceCall.count({ where: { race: { slug: CLERK } } })).toBe(callsBefore);
  expect((await getRaceResult(CLERK))!.version).toBe(versionBefore);
  expect((await readerJson()).call.status).toBe("too_close");
  expect(await raceCalledAlerts()).toBe(0);
  expect((await refusal(publishStory(erin, story.id), "gate_closed")).message).toContain("Demo County Clerk");
  expect(await getPendingCall(erin, CLERK)).toMatchObject({ id: proposed.pendingCall!.id, proposedBy: "Jane Editor" });
  expect(await listRacesWithPendingCalls(staff)).toEqual(new Set([CLERK]));

  const own = await refusal(confirmPendingCall(jane, CLERK, { id: proposed.pendingCall!.id }), "second_editor_required");
  expect(own.status).toBe(422);
  expect((await refusal(confirmPendingCall(staff, CLERK, { id: proposed.pendingCall!.id }))).status).toBe(403);
  expect(await raceCalledAlerts()).toBe(0);

  const { race } = await confirmPendingCall(erin, CLERK, { id: proposed.pendingCall!.id });
  expect(race.call).toMatchObject({ status: "called", winners: ["priya-raman"], note: "Provisionals cured." });
  expect((await readerJson()).call.status).toBe("called");
  expect(await raceCalledAlerts()).toBe(1);
  const stored = await database.client.raceCall.findFirstOrThrow({ where: { race: { slug: CLERK } }, orderBy: { seq: "desc" } });
  expect([stored.actorLabel, stored.confirmedByLabel, stored.acknowledgements]).toEqual(["Jane Editor", "Erin Editor", "margin_in_recount_band"]);
  const audit = await database.client.auditEvent.findMany({ where: { action: { in: ["race.call_proposed", "race.called"] } }, orderBy: { createdAt: "asc" } });
  expect(audit.map((a) => [a.action, a.actorLabel])).toEqual([["race.call_proposed", "Jane Editor"], ["race.called", "Erin Editor"]]);
  expect(JSON.parse(audit[1]!.detail)).toMatchObject({ proposedBy: "Jane Editor", confirmedBy: "Erin Editor" });
  expect(await getPendingCall(erin, CLERK)).toBeNull();
  expect((await publishStory(erin, story.id)).status).toBe("published");

  const again = await refusal(confirmPendingCall(erin, CLERK, { id: proposed.pendingCall!.id }), "pending_call_closed");
  expect(again.message).toBe("This call was already confirmed by Erin Editor.");
});

test("a confirmation after the count moved is refused with the race as it is now; the proposal can then be withdrawn", async () => {
  await callRace(erin, CLERK, { status: "uncalled", note: "Canvass reopened." });
  const { pendingCall } = await callRace(jane, CLERK, RAMAN);
  const unit = (await getRaceResult(CLERK))!.units.find((u) => u.slug === "district-3")!;
  await writeUnitTally(staff, CLERK, "district-3", { version: unit.version, votes: { "glen-osei": unit.votes["glen-osei"]! + 5 } });

  const stale = await refusal(confirmPendingCall(erin, CLERK, { id: pendingCall!.id }), "call_stale");
  expect(stale.status).toBe(409);
  expect(stale.message).toBe("The count or the call has changed since Jane Editor proposed this call. Review the race as it is now, then withdraw the proposal or call again.");
  expect(stale.details.race.totalVotes).toBe((await getRaceResult(CLERK))!.totalVotes);
  expect((await getRaceResult(CLERK))!.call.status).toBe("uncalled");
  expect(await raceCalledAlerts()).toBe(1);

  const withdrawn = await withdrawPendingCall(erin, CLERK, { id: pendingCall!.id });
  expect([withdrawn.outcome, withdrawn.resolvedBy]).toEqual(["withdrawn", "Erin Editor"]);
  expect(await getPendingCall(erin, CLERK)).toBeNull();
  expect((await refusal(withdrawPendingCall(jane, CLERK, { id: pendingCall!.id }), "pending_call_closed")).message).toBe("This call was already withdrawn by Erin Editor.");
  expect(await database.client.auditEvent.count({ where: { action: "race.call_withdrawn" } })).toBe(1);
});

test("another call in between supersedes the proposal; the proposer may withdraw their own", async () => {
  const first = (await callRace(jane, CLERK, RAMAN)).pendingCall!;
  await callRace(erin, CLERK, { status: "too_close" });
  expect((await refusal(confirmPendingCall(erin, CLERK, { id: first.id }), "pending_call_closed")).message).toBe("This call was already superseded by another call by Erin Editor.");

  const second = (await callRace(jane, CLERK, RAMAN)).pendingCall!;
  // A newer proposal replaces a waiting one.
  const third = (await callRace(erin, CLERK, RAMAN)).pendingCall!;
  expect((await refusal(confirmPendingCall(jane, CLERK, { id: second.id }), "pending_call_closed")).code).toBe("pending_call_closed");
  expect((await withdrawPendingCall(erin, CLERK, { id: third.id })).outcome).toBe("withdrawn");
  expect((await getRaceResult(CLERK))!.call.status).toBe("too_close");
});

test("an election that switched the second editor off calls close races at once", async () => {
  await database.client.election.update({ where: { slug: "demo-county-2026-general" }, data: { closeCallsNeedSecondEditor: false } });
  try {
    const called = await callRace(jane, CLERK, RAMAN);
    expect(called.pendingCall).toBeNull();
    expect(called.race.call).toMatchObject({ status: "called", winners: ["priya-raman"] });
    expect(await raceCalledAlerts()).toBe(2);
  } finally {
    await database.client.election.update({ where: { slug: "demo-county-2026-general" }, data: { closeCallsNeedSecondEditor: true } });
  }
});
