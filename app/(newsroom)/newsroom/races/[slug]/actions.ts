"use server";

import { currentActor } from "@/lib/server/auth/current-actor";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import { writeUnitTally } from "@/lib/server/commands/write-unit-tally";
import { formStateOf } from "../../forms/form-refusal";

export type UnitFormState =
  | { status: "idle" }
  | { status: "saved"; unit: UnitSnapshot; changed: boolean; savedAt: string }
  | { status: "conflict"; message: string; current: UnitSnapshot }
  | { status: "refused"; message: string; fields: Record<string, string> };

// A form field as a number: blank keeps the current value, anything else must be a number (NaN is
// refused by the command on the field it came from).
function numberField(form: FormData, name: string): number | undefined {
  const raw = String(form.get(name) ?? "").trim().replaceAll(",", "");
  return raw === "" ? undefined : Number(raw);
}

export async function saveUnitTallyAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  const raceSlug = String(form.get("race"));
  const unitSlug = String(form.get("unit"));
  // Only the fields the desk changed: the others keep whatever is saved now.
  const changed = new Set(String(form.get("changed") ?? "").split(",").filter(Boolean));
  const field = (name: string) => (changed.has(name) ? numberField(form, name) : undefined);
  // fromEntries keeps a field named `votes.__proto__` as a key for the command to refuse; assigning
  // it into `{}` would set the object's prototype instead.
  const votes: Record<string, number> = Object.fromEntries(
    [...changed].flatMap((name) => {
      const value = name.startsWith("votes.") ? field(name) : undefined;
      return value === undefined ? [] : [[name.slice("votes.".length), value]];
    }),
  );
  const ballotsCast = field("ballotsCast");
  try {
    const { unit, changed } = await writeUnitTally(await currentActor(), raceSlug, unitSlug, {
      version: numberField(form, "reapplyVersion") ?? numberField(form, "version"),
      precinctsReporting: field("precinctsReporting"),
      ...(ballotsCast !== undefined && { ballotsCast }),
      votes,
      correction: form.get("correction") === "on",
    });
    return { status: "saved", unit, changed, savedAt: new Date().toISOString() };
  } catch (error) {
    // The form keeps its own inputs, so what was sent is not sent back.
    const { message, fields, current } = formStateOf(error);
    return current ? { status: "conflict", message, current } : { status: "refused", message, fields };
  }
}
