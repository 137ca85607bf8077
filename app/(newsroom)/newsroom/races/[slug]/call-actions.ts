"use server";

import { revalidatePath } from "next/cache";
import type { CallVerdict } from "@/lib/domain/call-guard";
import { currentActor } from "@/lib/server/auth/current-actor";
import { callRace, previewCall } from "@/lib/server/commands/call-race";
import { CommandError } from "@/lib/server/errors";

export type CallPanelState =
  | { step: "editing" }
  | { step: "checked"; verdict: CallVerdict }
  | { step: "called"; label: string; pulled: { headline: string; reason: string }[] }
  | { step: "refused"; message: string; verdict?: CallVerdict };

function proposal(form: FormData) {
  const status = String(form.get("status") ?? "");
  const named = form.getAll("candidate").map(String);
  return {
    status,
    winners: status === "called" ? named : [],
    advancing: status === "runoff" ? named : [],
    note: String(form.get("note") ?? "").trim() || undefined,
    acknowledge: form.getAll("acknowledge").map(String),
  };
}

function refused(error: unknown): CallPanelState {
  if (!(error instanceof CommandError)) throw error;
  const verdict: CallVerdict | undefined = error.is("call_refused")
    ? error.details
    : error.is("call_needs_acknowledgement")
      ? { refusals: [], warnings: error.details.warnings }
      : undefined;
  return { step: "refused", message: error.message, verdict };
}

export async function callPanelAction(_previous: CallPanelState, form: FormData): Promise<CallPanelState> {
  const raceSlug = String(form.get("race"));
  try {
    if (form.get("intent") !== "confirm") {
      return { step: "checked", verdict: await previewCall(await currentActor(), raceSlug, proposal(form)) };
    }
    const { race, pulledStories } = await callRace(await currentActor(), raceSlug, proposal(form));
    revalidatePath(`/newsroom/races/${raceSlug}`);
    const label = { called: "Called", runoff: "Sent to a runoff", too_close: "Marked too close to call", uncalled: "Call retracted" }[race.call.status];
    return { step: "called", label, pulled: pulledStories };
  } catch (error) {
    return refused(error);
  }
}
