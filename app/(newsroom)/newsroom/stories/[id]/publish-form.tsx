"use client";
// The publish button. When the gate is closed it is disabled and the gate's reason sits beside it;
// the publishing command checks the gate again in its own transaction whatever this shows, and a
// refusal from it ("gate_closed") is shown here the same way.
import { useActionState } from "react";
import type { GateVerdict } from "@/lib/domain/publication-gate";
import { IDLE, type FormState } from "../../forms/form-state";
import { publishStoryAction } from "./actions";

export function PublishForm({ storyId, gate, republish }: { storyId: string; gate: GateVerdict; republish: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(publishStoryAction, IDLE);
  // The page is redrawn after every attempt, so a closed gate here is the gate as it is now.
  const reason = !gate.open ? gate.reason : state.status === "refused" ? state.message : null;
  return (
    <form action={action} className="publish-form" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      <input type="hidden" name="story" value={storyId} />
      <div className="unit-actions">
        <button type="submit" disabled={!gate.open || pending} aria-describedby="publish-reason">
          {pending ? "Publishing…" : republish ? "Publish again" : "Publish"}
        </button>
        <p id="publish-reason" className={reason ? "gate-reason" : "saved"} aria-live="polite">
          {reason ?? "The race's call is the one this story expects."}
        </p>
      </div>
    </form>
  );
}
