"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { publishStory, updateStory } from "@/lib/server/commands/stories";
import { optionalText, text } from "../../forms/form-data";
import { formStateOf } from "../../forms/form-refusal";
import { IDLE, type FormState } from "../../forms/form-state";
import { storyFields } from "../story-form-data";
import { storyRefusal } from "../story-refusal";

export async function updateStoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "story");
  try {
    await updateStory(await currentActor(), id, storyFields(form));
  } catch (error) {
    return storyRefusal(error, form);
  }
  // The gate's verdict beside the publish button depends on what the story now expects.
  revalidatePath(`/newsroom/stories/${id}`);
  return { status: "saved", message: "Story saved." };
}

export async function publishStoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "story");
  // The race desk also publishes, from the stories a call let out: it is drawn again as well.
  const race = optionalText(form, "race");
  const raceDesk = race ? `/newsroom/races/${race}` : null;
  try {
    await publishStory(await currentActor(), id);
  } catch (error) {
    const refused = formStateOf(error);
    // Refused (most often gate_closed: the call moved since the page was drawn): redraw the page so
    // the button shows the gate as it is now, and say why beside it.
    revalidatePath(`/newsroom/stories/${id}`);
    if (raceDesk) revalidatePath(raceDesk);
    return refused;
  }
  revalidatePath(`/newsroom/stories/${id}`);
  if (raceDesk) revalidatePath(raceDesk);
  return IDLE;
}
