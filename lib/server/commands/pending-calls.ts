import "server-only";
// Close calls that wait for a second editor (lib/domain/second-editor.ts): the proposal, its
// confirmation by a different editor, and its withdrawal by anyone who may call races.
//
// A proposal changes nothing a reader sees: no call row, no race version bump, no cache dropped, no
// alert. Only the desk hears of it, and of its withdrawal: open race desks and dashboards read
// themselves again (announceDeskRaceChange). The confirmation is the call: it goes through recordCall, the same guarded write as a call
// made at once, and stands only while the race is at the version the proposal was made at and the
// proposal is still waiting. Any other call in between (a retraction, a clean call, a new proposal)
// supersedes it.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { checkCall, type ProposedCall } from "@/lib/domain/call-guard";
import { mayConfirm, pendingCallInputSchema } from "@/lib/domain/second-editor";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { announceDeskRaceChange } from "@/lib/server/cache/tags";
import { parseInput } from "@/lib/server/commands/parse-input";
import { callConflict, closePendingStatement, recordCall, type RaceCalled } from "@/lib/server/commands/record-call";
import { CommandError, notFound } from "@/lib/server/errors";
import { pendingCallOfRace, type PendingCallView } from "@/lib/server/queries/pending-calls";
import { raceForCall, type RaceForCall } from "@/lib/server/queries/race-for-call";
import { runGuardedWrite } from "@/lib/server/race-store/guarded-write";
import { asInteger, asTimestamp, sqlTimestamp } from "@/lib/server/sql-dialect";

const OUTCOME_WORDS = { confirmed: "confirmed", withdrawn: "withdrawn", superseded: "superseded by another call" } as const;

const pendingCallClosed = (pending: PendingCallView) =>
  new CommandError("pending_call_closed", `This call was already ${OUTCOME_WORDS[pending.outcome!]}${pending.resolvedBy ? ` by ${pending.resolvedBy}` : ""}.`, {});
const secondEditorRequired = () =>
  new CommandError("second_editor_required", "You proposed this call: a second editor must confirm it. You may withdraw it.", {});
const callStale = (pending: PendingCallView, race: RaceForCall) =>
  new CommandError(
    "call_stale",
    `The count or the call has changed since ${pending.proposedBy} proposed this call. Review the race as it is now, then withdraw the proposal or call again.`,
    { race: race.result },
  );

/** Records `call` as waiting for a second editor; the race's previous proposal, if any, is superseded. */
export async function proposeCall(who: Actor, race: RaceForCall, call: ProposedCall): Promise<PendingCallView> {
  const proposal = JSON.stringify({ winners: call.winners, advancing: call.advancing, note: call.note ?? null, acknowledge: call.acknowledge });
  let id = "";
  const { won } = await runGuardedWrite(() => {
    id = randomUUID();
    const at = sqlTimestamp(new Date());
    return {
      lockRaceId: race.id,
      // Proposed against the count the guard checked, like a call.
      guard: Prisma.sql`INSERT INTO "PendingCall" ("id", "raceId", "status", "proposal", "raceVersion", "proposedById", "proposedByLabel", "createdAt")
        SELECT ${id}, ${race.id}, ${call.status}, ${proposal}, ${asInteger(race.version)}, ${who.userId}, ${who.name}, ${asTimestamp(at)}
        WHERE (SELECT "version" FROM "Race" WHERE "id" = ${race.id}) = ${race.version}`,
      holds: Prisma.sql`EXISTS (SELECT 1 FROM "PendingCall" WHERE "id" = ${id})`,
      statements: (holds) => [closePendingStatement(Prisma.sql`"raceId" = ${race.id} AND "id" <> ${id}`, "superseded", who, at, holds)],
      audit: {
        action: "race.call_proposed",
        actor: who,
        subjectType: "Race",
        subjectId: race.id,
        detail: { pendingCallId: id, status: call.status, winners: call.winners, advancing: call.advancing, note: call.note ?? null, acknowledged: call.acknowledge, via: who.via },
      },
      at,
    };
  });
  if (!won) throw callConflict();
  announceDeskRaceChange(race.result.slug);
  return (await pendingCallOfRace(race.id, id))!;
}

async function waitingProposal(raceSlug: string, rawInput: unknown) {
  const { id } = parseInput(pendingCallInputSchema, rawInput);
  const race = await raceForCall(raceSlug);
  const pending = await pendingCallOfRace(race.id, id);
  if (!pending) throw notFound("The pending call");
  if (pending.outcome !== null) throw pendingCallClosed(pending);
  return { race, pending };
}

/** A second editor confirms a close call: it takes effect, with both names on it. */
export async function confirmPendingCall(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<RaceCalled> {
  const who = authorize(actor, "race:call");
  const { race, pending } = await waitingProposal(raceSlug, rawInput);
  if (!mayConfirm(pending.proposedById, who.userId)) throw secondEditorRequired();
  if (race.version !== pending.raceVersion) throw callStale(pending, race);
  const call: ProposedCall = { status: pending.status, winners: pending.winners, advancing: pending.advancing, note: pending.note ?? undefined, acknowledge: pending.acknowledge };
  // The count is the one the proposer checked (the version says so): the same warnings, acknowledged then.
  const acknowledged = checkCall(race.result, call, race.result.call.status).warnings.map((w) => w.code).join(",");
  return recordCall(who, race, raceSlug, call, acknowledged, { pendingId: pending.id, proposer: { userId: pending.proposedById, name: pending.proposedBy } });
}

/** The proposer, or any editor, withdraws a close call that is still waiting. */
export async function withdrawPendingCall(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<PendingCallView> {
  const who = authorize(actor, "race:call");
  const { race, pending } = await waitingProposal(raceSlug, rawInput);
  const at = sqlTimestamp(new Date());
  const { won } = await runGuardedWrite(() => ({
    guard: closePendingStatement(Prisma.sql`"id" = ${pending.id}`, "withdrawn", who, at, Prisma.sql`1 = 1`),
    holds: Prisma.sql`EXISTS (SELECT 1 FROM "PendingCall" WHERE "id" = ${pending.id} AND "outcome" = 'withdrawn' AND "resolvedAt" = ${asTimestamp(at)})`,
    audit: {
      action: "race.call_withdrawn",
      actor: who,
      subjectType: "Race",
      subjectId: race.id,
      detail: { pendingCallId: pending.id, proposedBy: pending.proposedBy, via: who.via },
    },
    at,
  }));
  const after = (await pendingCallOfRace(race.id, pending.id))!;
  if (!won) throw pendingCallClosed(after);
  announceDeskRaceChange(raceSlug);
  return after;
}
