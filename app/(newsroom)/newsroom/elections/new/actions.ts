"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createElection } from "@/lib/server/commands/create-election";
import { optionalText, text } from "../../forms/form-data";
import type { FormState } from "../../forms/form-state";
import { formStateOf } from "../../forms/form-refusal";

export async function createElectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  let slug: string;
  try {
    const election = await createElection(await currentActor(), {
      name: text(form, "name"),
      date: text(form, "date"),
      jurisdiction: text(form, "jurisdiction"),
      slug: optionalText(form, "slug"),
    });
    slug = election.slug;
  } catch (error) {
    return formStateOf(error, form);
  }
  redirect(`/newsroom/elections/${slug}`);
}
