"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createStory } from "@/lib/server/commands/stories";
import { text } from "../../forms/form-data";
import type { FormState } from "../../forms/form-state";
import { storyFields } from "../story-form-data";
import { storyRefusal } from "../story-refusal";

export async function createStoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    id = (await createStory(await currentActor(), { raceSlug: text(form, "raceSlug"), ...storyFields(form) })).id;
  } catch (error) {
    return storyRefusal(error, form);
  }
  redirect(`/newsroom/stories/${id}`);
}
