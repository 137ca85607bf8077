"use client";
// The race's candidates on its set-up page: each with a link to their profile, "Withdraw" (asks for
// a note first; the votes stay and readers see them listed last as "Withdrawn"), and a form that
// adds one more. A name whose address exists is the same person, joining this race.
import { useActionState, useState } from "react";
import Link from "next/link";
import { FormField, FormMessage } from "../../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../../forms/form-state";
import { addCandidateAction, withdrawCandidateAction } from "./candidate-actions";

interface SetupCandidate {
  slug: string;
  name: string;
  party: string | null;
  incumbent: boolean;
  /** "Oct 30, 11:42 PM", when withdrawn. */
  withdrawn: string | null;
  withdrawnNote: string | null;
}

function WithdrawCandidate({ raceSlug, candidate }: { raceSlug: string; candidate: SetupCandidate }) {
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState<FormState, FormData>(withdrawCandidateAction, IDLE);
  if (!asking) {
    return (
      <button type="button" className="small" onClick={() => setAsking(true)}>
        Withdraw<span className="visually-hidden"> {candidate.name}</span>
      </button>
    );
  }
  return (
    <form action={action} className="conflict" aria-label={`Withdraw ${candidate.name}`}>
      <input type="hidden" name="race" value={raceSlug} />
      <input type="hidden" name="candidate" value={candidate.slug} />
      <input type="hidden" name="name" value={candidate.name} />
      <p className="small">
        {candidate.name}&apos;s votes stay in the count and the history; readers see them listed last, marked withdrawn, and no call can name them.
      </p>
      <FormField label="Note (optional)" name="note" idPrefix={`withdraw-${candidate.slug}`} />
      <button type="submit" disabled={pending}>
        {pending ? "Withdrawing…" : `Withdraw ${candidate.name}`}
      </button>{" "}
      <button type="button" onClick={() => setAsking(false)} disabled={pending}>
        Cancel
      </button>
      <FormMessage id={`withdraw-${candidate.slug}-message`} state={state} />
    </form>
  );
}

function AddCandidate({ raceSlug }: { raceSlug: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addCandidateAction, IDLE);
  const errors = fieldErrors(state);
  const sent = state.status === "refused" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="setup-row" aria-labelledby="new-candidate-heading">
      <h3 id="new-candidate-heading" className="visually-hidden">
        Add a candidate
      </h3>
      <input type="hidden" name="race" value={raceSlug} />
      <FormField label="New candidate" name="name" idPrefix="new-candidate" required defaultValue={sent.name} error={errors.name ?? errors.slug} />
      <FormField label="Party" name="party" idPrefix="new-candidate" defaultValue={sent.party} error={errors.party} />
      <label className="small">
        <input type="checkbox" name="incumbent" /> Incumbent
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add candidate"}
      </button>
      <FormMessage id="new-candidate-message" state={state} />
    </form>
  );
}

export function RaceCandidates({ raceSlug, candidates }: { raceSlug: string; candidates: SetupCandidate[] }) {
  return (
    <section className="desk-panel" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Candidates</h2>
      <p className="small muted">A candidate&apos;s profile is shared by every race they run in. One added now starts at 0 votes in every unit.</p>
      <ol className="setup-list">
        {candidates.map((c) => (
          <li key={c.slug}>
            <Link href={`/newsroom/candidates/${c.slug}`}>
              Edit<span className="visually-hidden"> the profile of</span> {c.name}
            </Link>{" "}
            <span className="muted small">{[c.party, c.incumbent ? "incumbent" : null].filter(Boolean).join(" · ")}</span>{" "}
            {c.withdrawn ? (
              <span className="small">
                <strong>Withdrawn</strong> {c.withdrawn}
                {c.withdrawnNote && `: ${c.withdrawnNote}`}
              </span>
            ) : (
              <WithdrawCandidate raceSlug={raceSlug} candidate={c} />
            )}
          </li>
        ))}
      </ol>
      <AddCandidate raceSlug={raceSlug} />
    </section>
  );
}
