"use client";
// One reporting unit's count. Inputs keep what the desk typed through every outcome: after a save
// they show the saved numbers; after someone else saved first they stay, beside the other numbers,
// until the desk re-applies theirs or takes the other. Only the fields this desk changed are sent,
// so re-applying never undoes a colleague's number in a field this desk did not touch. A unit a
// feed's count is held against shows it, with "Use the feed's count" (a second submit button).
//
// The page follows the desk live (../../live-desk.tsx), so another desk's save arrives here as a
// newer `unit`: with nothing typed, the form takes it; with numbers typed, it keeps them and shows
// who saved what, so the conflict is seen before a save would meet it.
//
// Fast entry (issue 15): each candidate field shows its change from the saved count and any warning
// (entry-check.tsx); the keys that save and go on to the next unit are in use-fast-entry.ts.
import { useActionState, useState } from "react";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import { releaseFeedHoldAction, saveUnitTallyAction, type UnitFormState } from "./actions";
import { checkDescriptionIds, EntryWarningSummary, FieldCheck, useEntryCheck } from "./entry-check";
import { HeldFeedCount, type HeldCountView } from "./held-feed-count";
import { useFastEntry } from "./use-fast-entry";

interface Props {
  raceSlug: string;
  unit: UnitSnapshot;
  candidates: { slug: string; name: string }[];
  /** Votes per ballot: a plausible total is at most ballots cast times seats. */
  seats?: number;
  held?: HeldCountView | null;
  /** Who saved the unit last, and when (in the desk's time words), if anyone has. */
  lastSave?: { by: string; when: string } | null;
}

function asInputs(unit: UnitSnapshot): Record<string, string> {
  return {
    precinctsReporting: String(unit.precinctsReporting),
    ballotsCast: unit.ballotsCast === null ? "" : String(unit.ballotsCast),
    ...Object.fromEntries(Object.entries(unit.votes).map(([slug, n]) => [`votes.${slug}`, String(n)])),
  };
}

export function UnitTallyForm({ raceSlug, unit, candidates, seats = 1, held = null, lastSave = null }: Props) {
  const [values, setValues] = useState(() => asInputs(unit));
  const [base, setBase] = useState(() => asInputs(unit));
  const [saved, setSaved] = useState(unit);
  const [version, setVersion] = useState(unit.version);
  const [released, setReleased] = useState<string | null>(null);
  const changedFields = Object.keys(values).filter((name) => values[name] !== base[name]);
  const [seenVersion, setSeenVersion] = useState(unit.version);
  /** Another desk's save that arrived while this desk had numbers typed. */
  const [theirs, setTheirs] = useState<UnitSnapshot | null>(null);
  const adopt = (next: UnitSnapshot) => {
    setValues(asInputs(next));
    setBase(asInputs(next));
    setSaved(next);
    setVersion(next.version);
    setTheirs(null);
  };
  // A newer unit from the server (the page was read again): someone saved it.
  if (unit.version !== seenVersion) {
    setSeenVersion(unit.version);
    if (unit.version > version) {
      if (changedFields.length === 0) adopt(unit);
      else setTheirs(unit);
    }
  }
  const check = useEntryCheck(saved, values, candidates, seats);
  const { formRef, onKeyDown, afterSave } = useFastEntry();
  const [state, action, pending] = useActionState<UnitFormState, FormData>(async (previous, form) => {
    const release = form.get("intent") === "release-hold";
    const result = await (release ? releaseFeedHoldAction : saveUnitTallyAction)(previous, form);
    if (result.status === "saved") adopt(result.unit);
    afterSave(result.status === "saved");
    if (release && result.status === "saved") setReleased(String(form.get("heldSnapshot")));
    return result;
  }, { status: "idle" });

  const fields = state.status === "refused" ? state.fields : {};
  const mine = (name: string) => (changedFields.includes(name) ? values[name] : "unchanged");
  const id = (name: string) => `${unit.slug}-${name.replace(".", "-")}`;
  const describedBy = (name: string) => [fields[name] && `${id(name)}-error`, ...checkDescriptionIds(check, name, id(name))].filter(Boolean).join(" ") || undefined;
  const field = (name: string, label: string, extra?: string) => (
    <div key={name} className="unit-field">
      <label>
        <span>
          {label}
          {extra && <span className="muted small"> {extra}</span>}
        </span>
        <input
          id={id(name)}
          name={name}
          inputMode="numeric"
          type="text"
          value={values[name] ?? ""}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          aria-invalid={fields[name] ? true : undefined}
          aria-describedby={describedBy(name)}
        />
        <span id={`${id(name)}-error`} className="field-error" aria-live="polite">
          {fields[name]}
        </span>
      </label>
      <FieldCheck check={check} field={name} id={id(name)} />
    </div>
  );

  return (
    <form
      ref={formRef}
      action={action}
      onKeyDown={onKeyDown}
      className="unit-form"
      aria-labelledby={`${unit.slug}-title`}
      // Read by the leave guard (use-leave-guard.ts): numbers typed here and not saved yet.
      data-unsaved={changedFields.length > 0 || undefined}
    >
      <input type="hidden" name="race" value={raceSlug} />
      <input type="hidden" name="unit" value={unit.slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="changed" value={changedFields.join(",")} />
      <h3 id={`${unit.slug}-title`}>
        {unit.name} <span className="muted small">version {version}</span>
      </h3>
      {lastSave && (
        <p className="small muted last-save">
          Last saved by {lastSave.by} at {lastSave.when} (version {unit.version})
        </p>
      )}
      {theirs && theirs.version > version && state.status !== "conflict" && (
        <div className="conflict" role="status">
          <strong>
            {lastSave ? `${lastSave.by} saved ${unit.name} at ${lastSave.when}` : `${unit.name} was saved elsewhere`} (version {theirs.version}) while you were
            typing.
          </strong>{" "}
          Your numbers are kept and not saved yet. Theirs: {theirs.precinctsReporting} precincts
          {candidates.map((c) => `, ${c.name} ${theirs.votes[c.slug] ?? 0}`).join("")}.{" "}
          <button type="button" onClick={() => adopt(theirs)}>
            Use their numbers
          </button>{" "}
          <span className="small muted">or save yours: you will see both sets before anything is overwritten.</span>
        </div>
      )}
      <div className="unit-grid">
        {field("precinctsReporting", "Precincts reporting", `of ${unit.precinctsTotal}`)}
        {field("ballotsCast", "Ballots cast", "(optional)")}
        {candidates.map((c) => field(`votes.${c.slug}`, c.name))}
      </div>
      <EntryWarningSummary check={check} />
      <div className="unit-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${unit.name}`}
        </button>
        <label className="small">
          <input type="checkbox" name="correction" /> This is a correction (a count goes down)
        </label>
        <span aria-live="polite" className={state.status === "saved" ? "saved" : "field-error"}>
          {state.status === "saved" &&
            (state.fromFeed ? `The feed's count is in (version ${state.unit.version})` : state.changed ? `Saved (version ${state.unit.version})` : "No change to save")}
          {state.status === "refused" &&
            (Object.keys(state.fields).length > 0 ? "Nothing was saved: fix the highlighted fields." : state.message)}
        </span>
      </div>
      {held && held.snapshotId !== released && <HeldFeedCount held={held} desk={saved} precinctsTotal={unit.precinctsTotal} candidates={candidates} pending={pending} />}
      {state.status === "conflict" && (
        <div className="conflict" role="alert">
          <strong>{state.message}</strong>{" "}
          {lastSave && unit.version === state.current.version && `${lastSave.by} saved it at ${lastSave.when}. `}
          {state.fromFeed ? "The feed's count was not applied. Their numbers:" : "Nothing of yours was saved. Their numbers and yours:"}
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col" className="num">Saved by them</th>
                {!state.fromFeed && <th scope="col" className="num">Yours</th>}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Precincts reporting</th>
                <td className="num">{state.current.precinctsReporting}</td>
                {!state.fromFeed && <td className="num">{mine("precinctsReporting")}</td>}
              </tr>
              {candidates.map((c) => (
                <tr key={c.slug}>
                  <th scope="row">{c.name}</th>
                  <td className="num">{state.current.votes[c.slug]}</td>
                  {!state.fromFeed && <td className="num">{mine(`votes.${c.slug}`)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {!state.fromFeed && (
            <>
              <button type="submit" name="reapplyVersion" value={state.current.version} disabled={pending}>
                Re-apply my numbers
              </button>{" "}
            </>
          )}
          <button type="button" onClick={() => adopt(state.current)}>
            Use their numbers
          </button>
          {state.fromFeed && <span className="small muted"> then decide on the feed&apos;s count again.</span>}
        </div>
      )}
    </form>
  );
}
