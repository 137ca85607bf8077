"use server";

import { revalidatePath } from "next/cache";
import type { CallVerdict } from "@/lib/domain/call-guard";
import { currentActor } from "@/lib/server/auth/current-actor";
import { callRace, previewCall } from "@/lib/server/commands/call-race";
import { confirmPendingCall, withdrawPendingCall } from "@/lib/server/commands/pending-calls";
import { CommandError } from "@/lib/server/errors";
import { acknowledged, optionalText, text, texts } from "../../forms/form-data";
import { formStateOf } from "../../forms/form-refusal";
import type { FormFinding } from "../../forms/form-state";

export type CallPanelState =
  | { step: "editing" }
  | { step: "checked"; verdict: CallVerdict }
  | { step: "called"; label: string; pulled: { headline: string; reason: string }[] }
  | { step: "proposed" }
  | { step: "refused"; message: string; verdict?: { refusals: FormFinding[]; warnings: FormFinding[] } };

function proposal(form: FormData) {
  const status = text(form, "status");
  const named = texts(form, "candidate");
  return {
    status,
    winners: status === "called" ? named : [],
    advancing: status === "runoff" ? named : [],
    note: optionalText(form, "note"),
    acknowledge: acknowledged(form),
  };
}

function refused(error: unknown): CallPanelState {
  const { message, refusals, warnings } = formStateOf(error);
  return { step: "refused", message, verdict: refusals || warnings ? { refusals: refusals ?? [], warnings: warnings ?? [] } : undefined };
}

export async function callPanelAction(_previous: CallPanelState, form: FormData): Promise<CallPanelState> {
  const raceSlug = text(form, "race");
  try {
    if (form.get("intent") !== "confirm") {
      return { step: "checked", verdict: await previewCall(await currentActor(), raceSlug, proposal(form)) };
    }
    const actor = await currentActor();
    let called;
    try {
      called = await callRace(actor, raceSlug, proposal(form));
    } catch (error) {
      // Confirmed without acknowledging every warning ("Call the same" confirms at once): the
      // guard's whole verdict comes back, to be acknowledged as after a check.
      if (!(error instanceof CommandError && error.is("call_needs_acknowledgement"))) throw error;
      return { step: "checked", verdict: await previewCall(actor, raceSlug, proposal(form)) };
    }
    const { race, pulledStories, pendingCall } = called;
    revalidatePath(`/newsroom/races/${raceSlug}`);
    // A close call waits for a second editor: the page shows it above the panel.
    if (pendingCall) return { step: "proposed" };
    const label = { called: "Called", runoff: "Sent to a runoff", too_close: "Marked too close to call", uncalled: "Call retracted" }[race.call.status];
    return { step: "called", label, pulled: pulledStories };
  } catch (error) {
    return refused(error);
  }
}

export type PendingCallState = { step: "waiting" } | { step: "done"; message: string } | { step: "refused"; message: string };

/** Confirm or Withdraw on a close call waiting for a second editor. */
export async function pendingCallAction(_previous: PendingCallState, form: FormData): Promise<PendingCallState> {
  const raceSlug = text(form, "race");
  const input = { id: text(form, "pendingCall") };
  try {
    const actor = await currentActor();
    const message =
      form.get("intent") === "confirm"
        ? ((await confirmPendingCall(actor, raceSlug, input)), "Confirmed: the call stands.")
        : ((await withdrawPendingCall(actor, raceSlug, input)), "Withdrawn: the race's call is unchanged.");
    revalidatePath(`/newsroom/races/${raceSlug}`);
    return { step: "done", message };
  } catch (error) {
    // A stale or closed proposal: the page is drawn again, so the editor sees the race as it is now.
    revalidatePath(`/newsroom/races/${raceSlug}`);
    return { step: "refused", message: formStateOf(error).message };
  }
}
