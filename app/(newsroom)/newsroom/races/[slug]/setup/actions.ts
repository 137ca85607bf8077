"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addReportingUnit } from "@/lib/server/commands/add-reporting-unit";
import { updateRace } from "@/lib/server/commands/update-race";
import { updateReportingUnit } from "@/lib/server/commands/update-reporting-unit";
import { checkbox, clearableNumber, clearableText, optionalNumber, requiredNumber, text } from "../../../forms/form-data";
import type { FormState } from "../../../forms/form-state";
import { formStateOf } from "../../../forms/form-refusal";

export async function updateRaceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "race");
  const kind = text(form, "rule.kind");
  try {
    await updateRace(await currentActor(), slug, {
      office: text(form, "office"),
      seat: text(form, "seat"),
      rule: kind === "majority" ? { kind, thresholdPct: optionalNumber(form, "rule.thresholdPct") } : { kind },
      seats: requiredNumber(form, "seats"),
      recountMarginPct: clearableNumber(form, "recountMarginPct"),
      featured: checkbox(form, "featured"),
      acceptSourceCalls: checkbox(form, "acceptSourceCalls"),
    });
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/races/${slug}/setup`);
  return { status: "saved", message: "Race settings saved." };
}

export async function updateUnitAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "race");
  try {
    await updateReportingUnit(await currentActor(), slug, text(form, "unit"), {
      name: text(form, "name"),
      precinctsTotal: requiredNumber(form, "precinctsTotal"),
      fips: clearableText(form, "fips"),
    });
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/races/${slug}/setup`);
  return { status: "saved", message: "Unit saved." };
}

export async function addUnitAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "race");
  const name = text(form, "name");
  try {
    const fips = text(form, "fips").trim();
    await addReportingUnit(await currentActor(), slug, { name, precinctsTotal: requiredNumber(form, "precinctsTotal"), kind: text(form, "kind"), ...(fips && { fips }) });
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/races/${slug}/setup`);
  return { status: "saved", message: `${name.trim()} added.` };
}
