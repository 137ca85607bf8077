"use client";
// Editing a draft or a pulled story. The race is fixed once drafted; what the story expects is not,
// so a pulled story can be rewritten for the result that did happen.
import { useActionState } from "react";
import type { DeskStoryDetail } from "@/lib/server/queries/stories";
import { FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { ExpectationFields } from "../expectation-fields";
import { StoryTextFields } from "../story-text-fields";
import { updateStoryAction } from "./actions";

type EditableStory = Pick<DeskStoryDetail, "id" | "headline" | "body" | "expects" | "candidates">;

export function StoryEditForm({ story }: { story: EditableStory }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateStoryAction, IDLE);
  const errors = fieldErrors(state);
  const sent = state.values ?? {};
  const candidate = story.expects.kind === "winner" ? story.expects.candidate : undefined;
  return (
    <form action={action} className="desk-form" aria-labelledby="edit-story-heading">
      <h2 id="edit-story-heading">Edit</h2>
      <input type="hidden" name="story" value={story.id} />
      <StoryTextFields headline={sent.headline ?? story.headline} body={sent.body ?? story.body} errors={errors} />
      <ExpectationFields
        candidates={story.candidates}
        defaultKind={sent["expects.kind"] ?? story.expects.kind}
        defaultCandidate={sent["expects.candidate"] ?? candidate}
        errors={errors}
      />
      <FormMessage id="edit-story-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save story"}
      </button>
    </form>
  );
}
