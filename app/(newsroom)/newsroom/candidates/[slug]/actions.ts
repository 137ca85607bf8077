"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { updateCandidate } from "@/lib/server/commands/update-candidate";
import { acknowledged, clearableText, rowIndexes, text } from "../../forms/form-data";
import type { FormState } from "../../forms/form-state";
import { formStateOf } from "../../forms/form-refusal";

// A link row left entirely blank is an unused row, not a link to refuse.
function links(form: FormData) {
  return rowIndexes(form, "links")
    .map((i) => ({ label: text(form, `links.${i}.label`), url: text(form, `links.${i}.url`) }))
    .filter((link) => link.label.trim() !== "" || link.url.trim() !== "");
}

export async function updateCandidateAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = text(form, "candidate");
  try {
    await updateCandidate(await currentActor(), slug, {
      name: text(form, "name"),
      party: clearableText(form, "party"),
      bio: clearableText(form, "bio"),
      photoUrl: clearableText(form, "photoUrl"),
      links: links(form),
      acknowledge: acknowledged(form),
    });
  } catch (error) {
    return formStateOf(error, form);
  }
  revalidatePath(`/newsroom/candidates/${slug}`);
  return { status: "saved", message: "Profile saved." };
}
