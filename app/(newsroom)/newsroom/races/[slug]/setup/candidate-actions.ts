"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addRaceCandidate, withdrawCandidate } from "@/lib/server/commands/race-candidates";
import { checkbox, text } from "../../../forms/form-data";
import type { FormState } from "../../../forms/form-state";
import { formStateOf } from "../../../forms/form-refusal";

export async function addCandidateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "race");
  const name = text(form, "name");
  const party = text(form, "party").trim();
  try {
    await addRaceCandidate(await currentActor(), slug, { name, ...(party && { party }), incumbent: checkbox(form, "incumbent") });
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/races/${slug}/setup`);
  return { status: "saved", message: `${name.trim()} added, at 0 votes in every unit.` };
}

export async function withdrawCandidateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "race");
  const note = text(form, "note").trim();
  try {
    await withdrawCandidate(await currentActor(), slug, text(form, "candidate"), note ? { note } : {});
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/races/${slug}/setup`);
  return { status: "saved", message: `${text(form, "name")} is marked withdrawn.` };
}
