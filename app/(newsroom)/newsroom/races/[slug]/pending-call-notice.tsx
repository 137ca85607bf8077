"use client";
// A close call waiting for a second editor, above the call panel: what was proposed, by whom and
// when, the warnings they acknowledged, and Confirm (for any other editor) and Withdraw. Readers see
// nothing of it until it is confirmed.
import { useActionState } from "react";
import { pendingCallAction, type PendingCallState } from "./call-actions";

interface Props {
  raceSlug: string;
  pendingId: string;
  /** "Call for Priya Raman", "Runoff: Helen Park and Samuel Adeyemi". */
  decision: string;
  proposedBy: string;
  when: string;
  acknowledged: string[];
  note: string | null;
  /** Whether this editor may confirm: not the one who proposed it. */
  canConfirm: boolean;
}

export function PendingCallNotice({ raceSlug, pendingId, decision, proposedBy, when, acknowledged, note, canConfirm }: Props) {
  const [state, action, pending] = useActionState<PendingCallState, FormData>(pendingCallAction, { step: "waiting" });
  return (
    <form action={action} className="pending-call" role="region" aria-label="Waiting for a second editor">
      <input type="hidden" name="race" value={raceSlug} />
      <input type="hidden" name="pendingCall" value={pendingId} />
      <p>
        <strong>
          Waiting for a second editor: proposed by {proposedBy} at {when}
        </strong>
      </p>
      <p>{decision}</p>
      {note && <p className="small">{note}</p>}
      {acknowledged.length > 0 && (
        <ul className="small">
          {acknowledged.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <p className="small muted">
        {canConfirm
          ? "A close call takes effect only when a second editor confirms it. Until then readers see the race as not called."
          : "You proposed this call: another editor must confirm it. Until then readers see the race as not called."}
      </p>
      <p aria-live="polite" className={state.step === "refused" ? "field-error" : "saved"}>
        {state.step !== "waiting" && state.message}
      </p>
      <div className="unit-actions">
        {canConfirm && (
          <button type="submit" name="intent" value="confirm" className="primary" disabled={pending}>
            Confirm
          </button>
        )}
        <button type="submit" name="intent" value="withdraw" disabled={pending}>
          Withdraw
        </button>
      </div>
    </form>
  );
}
