import "server-only";
// `POST /api/v1/races/{slug}/call` and the desk's call panel: the call guard's verdict, then the
// call. A close call (lib/domain/second-editor.ts) in an election that holds them is only proposed:
// it waits for a second editor (pending-calls.ts) and readers see nothing of it. Any other call
// takes effect at once (record-call.ts).
import { checkCall, proposedCallSchema, unacknowledged, type CallVerdict, type Finding, type WarningCode } from "@/lib/domain/call-guard";
import { needsSecondEditor } from "@/lib/domain/second-editor";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { parseInput } from "@/lib/server/commands/parse-input";
import { proposeCall } from "@/lib/server/commands/pending-calls";
import { recordCall, type RaceCalled } from "@/lib/server/commands/record-call";
import { CommandError } from "@/lib/server/errors";
import { closeCallsNeedSecondEditor, type PendingCallView } from "@/lib/server/queries/pending-calls";
import { raceForCall } from "@/lib/server/queries/race-for-call";

export type { RaceCalled } from "@/lib/server/commands/record-call";

/** What a call did: took effect (`pendingCall` null), or waits for a second editor, the race unchanged. */
export interface CallOutcome extends RaceCalled {
  pendingCall: PendingCallView | null;
}

const callRefused = (verdict: CallVerdict) =>
  new CommandError("call_refused", verdict.refusals.map((r) => r.message).join(" "), { refusals: verdict.refusals, warnings: verdict.warnings });
const callNeedsAcknowledgement = (missing: Finding<WarningCode>[]) =>
  new CommandError("call_needs_acknowledgement", `Acknowledge before calling: ${missing.map((w) => w.message).join(" ")}`, { warnings: missing });

export async function callRace(actor: Actor | null, raceSlug: string, rawInput: unknown): Promise<CallOutcome> {
  const who = authorize(actor, "race:call");
  const call = parseInput(proposedCallSchema, rawInput);
  const race = await raceForCall(raceSlug);

  const verdict = checkCall(race.result, call, race.result.call.status);
  if (verdict.refusals.length > 0) {
    throw callRefused(verdict);
  }
  const missing = unacknowledged(verdict, call.acknowledge);
  if (missing.length > 0) {
    throw callNeedsAcknowledgement(missing);
  }
  if (needsSecondEditor(call.status, verdict, await closeCallsNeedSecondEditor(race.id))) {
    const pendingCall = await proposeCall(who, race, { ...call, acknowledge: verdict.warnings.map((w) => w.code) });
    return { race: race.result, pulledStories: [], pendingCall };
  }
  const acknowledged = verdict.warnings.map((w) => w.code).join(",");
  return { ...(await recordCall(who, race, raceSlug, call, acknowledged)), pendingCall: null };
}

/** The guard's verdict on a proposed call, for the desk to show before the editor confirms. */
export async function previewCall(actor: Actor | null, raceSlug: string, rawInput: unknown) {
  authorize(actor, "race:call");
  const call = parseInput(proposedCallSchema, rawInput);
  const race = await raceForCall(raceSlug);
  return checkCall(race.result, call, race.result.call.status);
}
