"use client";
// "Publish" beside a story the call let out. It goes through the story page's own action, so the
// publish command checks the gate again in its transaction; a refusal (the call moved since the
// desk was drawn) is said beside the button, and the desk is drawn again either way.
import { useActionState } from "react";
import { publishStoryAction } from "../../stories/[id]/actions";
import { IDLE, type FormState } from "../../forms/form-state";

export function PublishAfterCall({ storyId, raceSlug, headline }: { storyId: string; raceSlug: string; headline: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishStoryAction, IDLE);
  return (
    <form action={action} className="unit-actions">
      <input type="hidden" name="story" value={storyId} />
      <input type="hidden" name="race" value={raceSlug} />
      <button type="submit" className="primary" disabled={pending} aria-label={`Publish “${headline}”`}>
        {pending ? "Publishing…" : "Publish"}
      </button>
      <p className="gate-reason" aria-live="polite">
        {state.status === "refused" ? state.message : null}
      </p>
    </form>
  );
}
