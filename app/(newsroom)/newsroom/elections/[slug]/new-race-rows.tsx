"use client";
// The repeated rows of the new-race form. Inputs are named `candidates.0.name`, … so the command's
// field errors land on the row they are about.
import type { Dispatch, SetStateAction } from "react";
import { fieldId } from "../../forms/form-field";

export interface CandidateRow {
  key: number;
  name: string;
  party: string;
  incumbent: boolean;
}

export interface UnitRow {
  key: number;
  name: string;
  precinctsTotal: string;
}

interface RowsProps<Row> {
  rows: Row[];
  setRows: Dispatch<SetStateAction<Row[]>>;
  newKey: () => number;
  errors: Record<string, string>;
}

function RowInput({ name, label, value, onChange, error, ...rest }: { name: string; label: string; value: string; onChange: (v: string) => void; error?: string | undefined; inputMode?: "numeric" }) {
  const id = fieldId("race", name);
  return (
    <label htmlFor={id}>
      {label}
      <input id={id} name={name} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} {...rest} />
      <span id={`${id}-error`} className="field-error" aria-live="polite">
        {error}
      </span>
    </label>
  );
}

function update<Row extends { key: number }>(setRows: Dispatch<SetStateAction<Row[]>>, key: number, change: Partial<Row>) {
  setRows((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
}

export function CandidateRows({ rows, setRows, newKey, errors }: RowsProps<CandidateRow>) {
  return (
    <fieldset className="setup-rows">
      <legend>Candidates, in ballot order</legend>
      <p className="field-error" aria-live="polite">
        {errors.candidates}
      </p>
      {rows.map((row, i) => (
        <div className="setup-row" key={row.key}>
          <RowInput name={`candidates.${i}.name`} label={`Candidate ${i + 1}`} value={row.name} onChange={(name) => update(setRows, row.key, { name })} error={errors[`candidates.${i}.name`] ?? errors[`candidates.${i}.slug`]} />
          <RowInput name={`candidates.${i}.party`} label="Party (optional)" value={row.party} onChange={(party) => update(setRows, row.key, { party })} error={errors[`candidates.${i}.party`]} />
          <label className="setup-check">
            <input type="checkbox" name={`candidates.${i}.incumbent`} checked={row.incumbent} onChange={(e) => update(setRows, row.key, { incumbent: e.target.checked })} /> Incumbent
          </label>
          {rows.length > 1 && (
            <button type="button" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
              Remove<span className="visually-hidden"> candidate {i + 1}</span>
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => setRows((all) => [...all, { key: newKey(), name: "", party: "", incumbent: false }])}>
        Add candidate
      </button>
    </fieldset>
  );
}

export function UnitRows({ rows, setRows, newKey, errors }: RowsProps<UnitRow>) {
  return (
    <fieldset className="setup-rows">
      <legend>Reporting units (counties or precincts)</legend>
      <p className="field-error" aria-live="polite">
        {errors.units}
      </p>
      {rows.map((row, i) => (
        <div className="setup-row" key={row.key}>
          <RowInput name={`units.${i}.name`} label={`Unit ${i + 1}`} value={row.name} onChange={(name) => update(setRows, row.key, { name })} error={errors[`units.${i}.name`] ?? errors[`units.${i}.slug`]} />
          <RowInput
            name={`units.${i}.precinctsTotal`}
            label="Precincts"
            inputMode="numeric"
            value={row.precinctsTotal}
            onChange={(precinctsTotal) => update(setRows, row.key, { precinctsTotal })}
            error={errors[`units.${i}.precinctsTotal`]}
          />
          {rows.length > 1 && (
            <button type="button" onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
              Remove<span className="visually-hidden"> unit {i + 1}</span>
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => setRows((all) => [...all, { key: newKey(), name: "", precinctsTotal: "" }])}>
        Add unit
      </button>
    </fieldset>
  );
}
