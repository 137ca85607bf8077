"use server";

import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import { currentActor } from "@/lib/server/auth/current-actor";
import { releaseFeedHold } from "@/lib/server/commands/release-feed-hold";
import { writeUnitTally } from "@/lib/server/commands/write-unit-tally";
import { checkbox, optionalNumber, text } from "../../forms/form-data";
import { formStateOf } from "../../forms/form-refusal";

export type UnitFormState =
  | { status: "idle" }
  | { status: "saved"; unit: UnitSnapshot; changed: boolean; savedAt: string; fromFeed?: boolean }
  | { status: "conflict"; message: string; current: UnitSnapshot; fromFeed?: boolean }
  | { status: "refused"; message: string; fields: Record<string, string> };

export async function saveUnitTallyAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  const raceSlug = text(form, "race");
  const unitSlug = text(form, "unit");
  // Only the fields the desk changed: the others keep whatever is saved now.
  const changed = new Set(text(form, "changed").split(",").filter(Boolean));
  // A blank field keeps the current value; words become NaN, refused on the field they came from.
  const field = (name: string) => (changed.has(name) ? optionalNumber(form, name) : undefined);
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
      version: optionalNumber(form, "reapplyVersion") ?? optionalNumber(form, "version"),
      precinctsReporting: field("precinctsReporting"),
      ...(ballotsCast !== undefined && { ballotsCast }),
      votes,
      correction: checkbox(form, "correction"),
    });
    return { status: "saved", unit, changed, savedAt: new Date().toISOString() };
  } catch (error) {
    // The form keeps its own inputs, so what was sent is not sent back.
    const { message, fields, current } = formStateOf(error);
    return current ? { status: "conflict", message, current } : { status: "refused", message, fields };
  }
}

/** "Use the feed's count": the feed's count held beside the unit replaces the desk's. */
export async function releaseFeedHoldAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  const raceSlug = text(form, "race");
  try {
    const { unit } = await releaseFeedHold(await currentActor(), raceSlug, text(form, "unit"), { version: optionalNumber(form, "version") });
    // Like a save, this re-renders nothing else: the unit's form takes the new count and drops the hold.
    return { status: "saved", unit, changed: true, savedAt: new Date().toISOString(), fromFeed: true };
  } catch (error) {
    const { message, current } = formStateOf(error);
    // The refusal is about the feed's numbers, not the fields on the form.
    return current ? { status: "conflict", message, current, fromFeed: true } : { status: "refused", message, fields: {} };
  }
}
