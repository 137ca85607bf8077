"use server";

import { currentActor } from "@/lib/server/auth/current-actor";
import { undoLastUnitSave } from "@/lib/server/commands/undo-unit-save";
import { optionalNumber, text } from "../../forms/form-data";
import { formStateOf } from "../../forms/form-refusal";

export type UndoState = { status: "idle" } | { status: "undone"; message: string; version: number } | { status: "refused"; message: string };

/** "Undo last save" on a unit's history: reverts the save the desk saw, at the version it saw. */
export async function undoUnitSaveAction(_previous: UndoState, form: FormData): Promise<UndoState> {
  try {
    const { unit, reverted } = await undoLastUnitSave(await currentActor(), text(form, "race"), text(form, "unit"), {
      expectedVersion: optionalNumber(form, "expectedVersion"),
    });
    return { status: "undone", message: `Undone: ${reverted.by}'s save is reverted (now version ${unit.version}).`, version: unit.version };
  } catch (error) {
    // A conflict says who saved since; the history shows their save once it is read again.
    return { status: "refused", message: formStateOf(error).message };
  }
}
