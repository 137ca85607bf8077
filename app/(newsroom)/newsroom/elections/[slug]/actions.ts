"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createRace } from "@/lib/server/commands/create-race";
import { updateElection } from "@/lib/server/commands/update-election";
import { acknowledged, checkbox, clearableNumber, optionalNumber, optionalText, requiredNumber, rowIndexes, text } from "../../forms/form-data";
import type { FormState } from "../../forms/form-state";
import { formStateOf } from "../../forms/form-refusal";

export async function updateElectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "election");
  let testData: boolean;
  try {
    const input = { name: text(form, "name"), date: text(form, "date"), jurisdiction: text(form, "jurisdiction"), isTest: checkbox(form, "isTest"), closeCallsNeedSecondEditor: checkbox(form, "closeCallsNeedSecondEditor") };
    testData = (await updateElection(await currentActor(), slug, input)).testData;
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/elections/${slug}`);
  return { status: "saved", message: testData ? "Election saved. It holds test data: readers see the banner, and nothing about it can be published." : "Election saved." };
}

// Rows keep their index even when blank, so a refusal's `candidates.2.name` points at the row the
// desk sees as the third.
function newRaceInput(form: FormData) {
  const kind = text(form, "rule.kind");
  return {
    office: text(form, "office"),
    seat: text(form, "seat"),
    rule: kind === "majority" ? { kind, thresholdPct: optionalNumber(form, "rule.thresholdPct") } : { kind },
    seats: optionalNumber(form, "seats"),
    recountMarginPct: clearableNumber(form, "recountMarginPct"),
    featured: checkbox(form, "featured"),
    candidates: rowIndexes(form, "candidates").map((i) => ({
      name: text(form, `candidates.${i}.name`),
      party: optionalText(form, `candidates.${i}.party`),
      incumbent: checkbox(form, `candidates.${i}.incumbent`),
    })),
    units: rowIndexes(form, "units").map((i) => ({
      name: text(form, `units.${i}.name`),
      precinctsTotal: requiredNumber(form, `units.${i}.precinctsTotal`),
    })),
    acknowledge: acknowledged(form),
  };
}

export async function createRaceAction(_previous: FormState, form: FormData): Promise<FormState> {
  let raceSlug: string;
  try {
    raceSlug = (await createRace(await currentActor(), text(form, "election"), newRaceInput(form))).slug;
  } catch (error) {
    return formStateOf(error, form);
  }
  redirect(`/newsroom/races/${raceSlug}/setup`);
}
