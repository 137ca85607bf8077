// Integration tests of a feed's call on the desk, with the real AP payload of Kentucky 2015: the
// advice the call panel shows (source, winner, time; whether the desk agrees; a withdrawal), and the
// race's "accept source calls" setting (off by default, an editor's, audited), under which the feed's
// call goes through the call guard and a warning holds it back for an editor, with the reason shown.
import { afterAll, beforeAll, expect, test } from "vitest";
import { refusal } from "@/lib/testing/refusal";
import { KENTUCKY, kentuckyWith, uncalled } from "@/lib/testing/kentucky-feed";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "@/lib/server/auth/actor";

const database = createTestDatabase();
const db = database.client;
const { importFeedSnapshot } = await import("@/lib/server/commands/import-feed");
const { callRace } = await import("@/lib/server/commands/call-race");
const { confirmPendingCall } = await import("@/lib/server/commands/pending-calls");
const { updateRace } = await import("@/lib/server/commands/update-race");
const { getRaceSetup } = await import("./race-setup");
const { getRaceResult } = await import("./races");
const { getSourceCallAdvice } = await import("./source-call-advice");

const editor: Actor = { userId: "user-editor", name: "Eddie Editor", email: "editor@example.org", role: "editor", via: "session" };
const staff: Actor = { userId: "user-staff", name: "Sam Staff", email: "staff@example.org", role: "staff", via: "session" };
const upload = { origin: "upload" } as const;
const BEVIN = { slug: "matt-bevin", name: "Matt Bevin" };

async function electionWithGovernor(slug: string, first: Uint8Array): Promise<string> {
  await db.election.create({ data: { slug, name: slug, date: new Date("2015-11-03"), jurisdiction: "Kentucky" } });
  const report = await importFeedSnapshot(editor, slug, first, { format: "ap-json", create: true }, upload);
  return report.races.find((r) => r.name === "Governor, Kentucky")!.slug;
}

let governor = "";
beforeAll(async () => {
  governor = await electionWithGovernor("ky-2015-advice", KENTUCKY);
});
afterAll(() => database.remove());

test("AP's call is advice: the source, the winner and when; the desk's own call then agrees", async () => {
  const before = Date.now();
  const advice = await getSourceCallAdvice(staff, governor);
  expect(advice).toMatchObject({ source: "AP", status: "called", winners: [BEVIN], acceptSourceCalls: false, deskAgrees: false, heldBack: null });
  // The 2015 payload gives no winnerDateTime: the time is when the desk recorded the call.
  expect(Math.abs(new Date(advice!.at).getTime() - before)).toBeLessThan(60_000);
  expect((await getRaceResult(governor))!.call.status).toBe("uncalled");

  await callRace(editor, governor, { status: "called", winners: [BEVIN.slug] });
  expect(await getSourceCallAdvice(staff, governor)).toMatchObject({ status: "called", deskAgrees: true });

  expect((await refusal(getSourceCallAdvice(null, governor), "unauthenticated")).status).toBe(401);
});

test("a snapshot without AP's winner flag after a call is a withdrawal; no advice where AP never called", async () => {
  await importFeedSnapshot(staff, "ky-2015-advice", kentuckyWith(uncalled), { format: "ap-json" }, upload);
  const advice = await getSourceCallAdvice(staff, governor);
  expect(advice).toMatchObject({ source: "AP", status: "uncalled", winners: [], deskAgrees: false });
  const withdrawal = await db.sourceCall.findFirstOrThrow({ where: { race: { slug: governor } }, orderBy: { recordedAt: "desc" } });
  expect(advice!.at).toBe(withdrawal.recordedAt.toISOString());

  const quiet = await electionWithGovernor("ky-2015-quiet", kentuckyWith(uncalled));
  expect(await getSourceCallAdvice(staff, quiet)).toBeNull();
});

test("accepting source calls is off by default and an editor's setting, audited; a guard warning holds AP's call back for an editor", async () => {
  const race = await electionWithGovernor("ky-2015-accepting", kentuckyWith(uncalled));
  expect((await getRaceSetup(editor, race))!.acceptSourceCalls).toBe(false);
  await refusal(updateRace(staff, race, { acceptSourceCalls: true }), "forbidden");

  // A recount band wide enough that Bevin's 8.7-point margin falls inside it: the guard warns.
  await updateRace(editor, race, { acceptSourceCalls: true, recountMarginPct: 10 });
  expect((await getRaceSetup(editor, race))!.acceptSourceCalls).toBe(true);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "race.updated" }, orderBy: { createdAt: "desc" } });
  expect(JSON.parse(audit.detail)).toMatchObject({ before: { acceptSourceCalls: false }, after: { acceptSourceCalls: true } });

  await importFeedSnapshot(staff, "ky-2015-accepting", KENTUCKY, { format: "ap-json" }, upload);
  expect((await getRaceResult(race))!.call.status).toBe("uncalled");
  const held = await getSourceCallAdvice(staff, race);
  expect(held).toMatchObject({ status: "called", winners: [BEVIN], acceptSourceCalls: true, deskAgrees: false });
  expect(held!.heldBack!.reason).toMatch(/recount/i);

  // An editor decides (inside the band, a second editor confirms): the call is the editors', and the
  // note that AP's was held back goes.
  const { pendingCall } = await callRace(editor, race, { status: "called", winners: [BEVIN.slug], acknowledge: ["margin_in_recount_band"] });
  await confirmPendingCall({ ...editor, userId: "user-editor-2", name: "Jane Editor" }, race, { id: pendingCall!.id });
  expect(await getSourceCallAdvice(staff, race)).toMatchObject({ deskAgrees: true, heldBack: null });
});
