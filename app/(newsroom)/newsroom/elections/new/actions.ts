"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createElection } from "@/lib/server/commands/create-election";
import { optionalText, text } from "../setup-form-data";
import type { SetupFormState } from "../setup-form-state";
import { refusedState } from "../setup-refusal";

export async function createElectionAction(_previous: SetupFormState, form: FormData): Promise<SetupFormState> {
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
    return refusedState(error, form);
  }
  redirect(`/newsroom/elections/${slug}`);
}
