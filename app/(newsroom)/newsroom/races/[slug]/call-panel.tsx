"use client";
// The editor's call panel: choose a decision, check it against the guard, acknowledge each warning,
// then confirm. A change to the decision after checking asks for a new check, so what is confirmed
// is always what the guard saw. A feed's call (AP's) shows above, with "Call the same": it fills the
// panel with the feed's decision and confirms it at once, so the guard still has its say (its
// warnings come back to be acknowledged, as after a check).
//
// A one-seat race's winner is a radio choice; several seats or a runoff take checkboxes. With
// scripts, the panel submits itself (onSubmit) rather than through the form's action: React resets
// a form after its action runs, which unticked the boxes on screen while the decision still named
// them. Without scripts the form's action still works.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { SourceCallAdviceView } from "@/lib/domain/feeds/source-call-advice";
import { callPanelAction, type CallPanelState } from "./call-actions";
import { SourceCallNote } from "./source-call-note";

interface Props {
  raceSlug: string;
  seats: number;
  currentStatus: string;
  candidates: { slug: string; name: string; votes: string; pct: string }[];
  advice: SourceCallAdviceView | null;
}

const DECISIONS = [
  { value: "called", label: "Call a winner" },
  { value: "runoff", label: "Send to a runoff" },
  { value: "too_close", label: "Too close to call" },
  { value: "uncalled", label: "Retract the call" },
] as const;

/** What the guard checked: a confirmation is offered only for this very decision. */
const keyOf = (status: string, chosen: readonly string[], note: string) => JSON.stringify([status, [...chosen].sort(), note.trim()]);

export function CallPanel({ raceSlug, seats, currentStatus, candidates, advice }: Props) {
  const [status, setStatus] = useState<string>("called");
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [acked, setAcked] = useState<string[]>([]);
  const [checkedKey, setCheckedKey] = useState<string | null>(null);
  const key = keyOf(status, chosen, note);
  const [state, action, pending] = useActionState<CallPanelState, FormData>(async (previous, form) => {
    const result = await callPanelAction(previous, form);
    if (result.step === "checked") {
      // The decision as sent, not as this render saw it: "Call the same" sends one it has just set.
      setCheckedKey(keyOf(String(form.get("status")), form.getAll("candidate").map(String), String(form.get("note") ?? "")));
      setAcked([]);
    }
    if (result.step === "called" || result.step === "proposed") {
      setChosen([]);
      setNote("");
      setCheckedKey(null);
    }
    return result;
  }, { step: "editing" });

  const namesCandidates = status === "called" || status === "runoff";
  const oneWinner = status === "called" && seats === 1;
  const verdict = state.step === "checked" || state.step === "refused" ? state.verdict : undefined;
  const fresh = state.step === "checked" && checkedKey === key;
  const canConfirm = fresh && verdict!.refusals.length === 0 && verdict!.warnings.every((w) => acked.includes(w.code));
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  /** A one-seat call names one winner: a runoff's pair, chosen before, keeps only its first. */
  function decide(next: string) {
    setStatus(next);
    if (next === "called" && seats === 1) setChosen((list) => list.slice(0, 1));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(form));
  }

  function callTheSame(copied: SourceCallAdviceView) {
    const copiedNote = note.trim() === "" ? `Same as ${copied.source}'s call` : note;
    setStatus(copied.status);
    setChosen(copied.candidates);
    setNote(copiedNote);
    const form = new FormData();
    form.set("race", raceSlug);
    form.set("status", copied.status);
    form.set("note", copiedNote);
    for (const slug of copied.candidates) form.append("candidate", slug);
    form.set("intent", "confirm");
    startTransition(() => action(form));
  }

  return (
    <form action={action} onSubmit={submit} className="desk-form call-panel" aria-labelledby="call-heading">
      <h2 id="call-heading">Call this race</h2>
      {advice && (
        <SourceCallNote advice={advice}>
          {advice.status !== "uncalled" && !advice.deskAgrees && (
            <button type="button" onClick={() => callTheSame(advice)} disabled={pending}>
              Call the same
            </button>
          )}
        </SourceCallNote>
      )}
      <input type="hidden" name="race" value={raceSlug} />
      {/* The decision travels in hidden fields drawn from state: React resets a form's own fields
          after each submission, and checkboxes would come back unticked. */}
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="note" value={note} />
      {namesCandidates && chosen.map((slug) => <input key={slug} type="hidden" name="candidate" value={slug} />)}
      {acked.map((code) => <input key={code} type="hidden" name="acknowledge" value={code} />)}
      <fieldset>
        <legend>Decision</legend>
        {DECISIONS.filter((d) => d.value !== "uncalled" || currentStatus !== "uncalled").map((d) => (
          <label key={d.value} className="choice">
            <input type="radio" name="decision" value={d.value} checked={status === d.value} onChange={() => decide(d.value)} /> {d.label}
          </label>
        ))}
      </fieldset>
      {namesCandidates && (
        <fieldset>
          <legend>{status === "called" ? `Winner${seats > 1 ? `s (choose ${seats})` : ""}` : "Advancing to the runoff (choose 2)"}</legend>
          {candidates.map((c) => (
            <label key={c.slug} className="choice">
              {oneWinner ? (
                <input type="radio" name="winner-choice" value={c.slug} checked={chosen.includes(c.slug)} onChange={() => setChosen([c.slug])} />
              ) : (
                <input type="checkbox" value={c.slug} checked={chosen.includes(c.slug)} onChange={() => setChosen((list) => toggle(list, c.slug))} />
              )}{" "}
              {c.name}{" "}
              <span className="muted small">
                {c.votes} · {c.pct}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Note {status === "uncalled" ? "(why the call is retracted)" : "(optional)"}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>

      {verdict && verdict.refusals.length > 0 && (
        <div className="conflict" role="alert">
          <strong>The guard refuses this call:</strong>
          <ul>
            {verdict.refusals.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
        </div>
      )}
      {fresh && verdict && verdict.refusals.length === 0 && verdict.warnings.length > 0 && (
        <fieldset className="conflict">
          <legend>Acknowledge each warning to call anyway</legend>
          {verdict.warnings.map((w) => (
            <label key={w.code} className="choice">
              <input type="checkbox" value={w.code} checked={acked.includes(w.code)} onChange={() => setAcked((list) => toggle(list, w.code))} /> {w.message}
            </label>
          ))}
        </fieldset>
      )}
      {fresh && verdict && verdict.refusals.length === 0 && verdict.warnings.length === 0 && <p className="saved">The guard finds nothing against this call.</p>}

      <p aria-live="polite" className={state.step === "refused" ? "field-error" : "saved"}>
        {state.step === "refused" && !verdict && state.message}
        {state.step === "called" && state.label}
        {state.step === "proposed" && "Proposed: this close call takes effect when a second editor confirms it."}
      </p>
      {state.step === "called" && state.pulled.length > 0 && (
        <div className="conflict" role="status">
          <strong>Pulled because of this call:</strong>
          <ul>
            {state.pulled.map((s) => (
              <li key={s.headline}>
                {s.headline}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="unit-actions">
        <button type="submit" name="intent" value="check" disabled={pending}>
          Check this call
        </button>
        <button type="submit" name="intent" value="confirm" className="primary" disabled={pending || !canConfirm}>
          Confirm
        </button>
      </div>
    </form>
  );
}
