"use client";
// One reporting unit's count. Inputs keep what the desk typed through every outcome: after a save
// they show the saved numbers; after someone else saved first they stay, beside the other numbers,
// until the desk re-applies theirs or takes the other. Only the fields this desk changed are sent,
// so re-applying never undoes a colleague's number in a field this desk did not touch.
import { useActionState, useState } from "react";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";
import { saveUnitTallyAction, type UnitFormState } from "./actions";

interface Props {
  raceSlug: string;
  unit: UnitSnapshot;
  candidates: { slug: string; name: string }[];
}

function asInputs(unit: UnitSnapshot): Record<string, string> {
  return {
    precinctsReporting: String(unit.precinctsReporting),
    ballotsCast: unit.ballotsCast === null ? "" : String(unit.ballotsCast),
    ...Object.fromEntries(Object.entries(unit.votes).map(([slug, n]) => [`votes.${slug}`, String(n)])),
  };
}

export function UnitTallyForm({ raceSlug, unit, candidates }: Props) {
  const [values, setValues] = useState(() => asInputs(unit));
  const [base, setBase] = useState(() => asInputs(unit));
  const [version, setVersion] = useState(unit.version);
  const changedFields = Object.keys(values).filter((name) => values[name] !== base[name]);
  const [state, action, pending] = useActionState<UnitFormState, FormData>(async (previous, form) => {
    const result = await saveUnitTallyAction(previous, form);
    if (result.status === "saved") {
      setValues(asInputs(result.unit));
      setBase(asInputs(result.unit));
      setVersion(result.unit.version);
    }
    return result;
  }, { status: "idle" });

  const fields = state.status === "refused" ? state.fields : {};
  const mine = (name: string) => (changedFields.includes(name) ? values[name] : "unchanged");
  const id = (name: string) => `${unit.slug}-${name.replace(".", "-")}`;
  const field = (name: string, label: string, extra?: string) => (
    <label key={name}>
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
        aria-describedby={fields[name] ? `${id(name)}-error` : undefined}
      />
      <span id={`${id(name)}-error`} className="field-error" aria-live="polite">
        {fields[name]}
      </span>
    </label>
  );

  return (
    <form action={action} className="unit-form" aria-labelledby={`${unit.slug}-title`}>
      <input type="hidden" name="race" value={raceSlug} />
      <input type="hidden" name="unit" value={unit.slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="changed" value={changedFields.join(",")} />
      <h3 id={`${unit.slug}-title`}>
        {unit.name} <span className="muted small">version {version}</span>
      </h3>
      <div className="unit-grid">
        {field("precinctsReporting", "Precincts reporting", `of ${unit.precinctsTotal}`)}
        {field("ballotsCast", "Ballots cast", "(optional)")}
        {candidates.map((c) => field(`votes.${c.slug}`, c.name))}
      </div>
      <div className="unit-actions">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${unit.name}`}
        </button>
        <label className="small">
          <input type="checkbox" name="correction" /> This is a correction (a count goes down)
        </label>
        <span aria-live="polite" className={state.status === "saved" ? "saved" : "field-error"}>
          {state.status === "saved" && (state.changed ? `Saved (version ${state.unit.version})` : "No change to save")}
          {state.status === "refused" &&
            (Object.keys(state.fields).length > 0 ? "Nothing was saved: fix the highlighted fields." : state.message)}
        </span>
      </div>
      {state.status === "conflict" && (
        <div className="conflict" role="alert">
          <strong>{state.message}</strong> Nothing of yours was saved. Their numbers and yours:
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col" className="num">Saved by them</th>
                <th scope="col" className="num">Yours</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Precincts reporting</th>
                <td className="num">{state.current.precinctsReporting}</td>
                <td className="num">{mine("precinctsReporting")}</td>
              </tr>
              {candidates.map((c) => (
                <tr key={c.slug}>
                  <th scope="row">{c.name}</th>
                  <td className="num">{state.current.votes[c.slug]}</td>
                  <td className="num">{mine(`votes.${c.slug}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" name="reapplyVersion" value={state.current.version} disabled={pending}>
            Re-apply my numbers
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              setValues(asInputs(state.current));
              setBase(asInputs(state.current));
              setVersion(state.current.version);
            }}
          >
            Use their numbers
          </button>
        </div>
      )}
    </form>
  );
}
