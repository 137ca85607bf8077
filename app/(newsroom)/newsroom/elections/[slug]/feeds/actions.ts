"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addFeedSource, removeFeedSource, updateFeedSource } from "@/lib/server/commands/feed-sources";
import { checkbox, optionalNumber, text } from "../../../forms/form-data";
import type { FormState } from "../../../forms/form-state";
import { formStateOf } from "../../../forms/form-refusal";

const feedsPath = (election: string) => `/newsroom/elections/${election}/feeds`;

/** The races box: one feed race key per line; blank lines are not keys. */
const raceLines = (form: FormData) =>
  text(form, "races")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

export async function addFeedSourceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const election = text(form, "election");
  const name = text(form, "name");
  try {
    await addFeedSource(await currentActor(), election, {
      name,
      format: text(form, "format"),
      url: text(form, "url"),
      intervalSeconds: optionalNumber(form, "intervalSeconds"),
      races: raceLines(form),
      createMissing: checkbox(form, "createMissing"),
    });
  } catch (error) {
    return formStateOf(error, form, { format: "must be one of the formats listed" });
  }
  revalidatePath(feedsPath(election));
  return { status: "saved", message: `${name.trim()} added: it is polled within a few seconds.` };
}

export async function setFeedSourcePausedAction(_previous: FormState, form: FormData): Promise<FormState> {
  const election = text(form, "election");
  const paused = text(form, "paused") === "true";
  try {
    await updateFeedSource(await currentActor(), election, text(form, "source"), { paused });
  } catch (error) {
    return formStateOf(error);
  }
  revalidatePath(feedsPath(election));
  return { status: "saved", message: paused ? "Paused." : "Resumed: polled within a few seconds." };
}

export async function removeFeedSourceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const election = text(form, "election");
  try {
    await removeFeedSource(await currentActor(), election, text(form, "source"));
  } catch (error) {
    return formStateOf(error);
  }
  revalidatePath(feedsPath(election));
  return { status: "saved", message: "Removed." };
}
