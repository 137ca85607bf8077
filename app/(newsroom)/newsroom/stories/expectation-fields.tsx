"use client";
// What the story expects: any call, a named winner (picked from the race's candidates), or a
// runoff. The candidate list is enabled only for a named winner, so it is sent only then.
import { useState } from "react";
import { fieldId } from "../forms/form-field";

export type ExpectsKind = "called" | "winner" | "runoff";

interface ExpectationFieldsProps {
  candidates: { slug: string; name: string }[];
  defaultKind?: string | undefined;
  defaultCandidate?: string | undefined;
  errors: Record<string, string>;
}

const KINDS: { kind: ExpectsKind; label: string }[] = [
  { kind: "called", label: "Any call: a winner is named" },
  { kind: "winner", label: "A named winner" },
  { kind: "runoff", label: "A runoff" },
];

export function ExpectationFields({ candidates, defaultKind, defaultCandidate, errors }: ExpectationFieldsProps) {
  const [kind, setKind] = useState(defaultKind ?? "");
  const candidateId = fieldId("story", "expects.candidate");
  const kindError = errors["expects.kind"] ?? errors.expects;
  return (
    <fieldset className="setup-rows" aria-describedby="story-expects-error">
      <legend>The story expects</legend>
      {KINDS.map((k) => (
        <label key={k.kind} className="setup-check">
          <input type="radio" name="expects.kind" value={k.kind} required checked={kind === k.kind} onChange={() => setKind(k.kind)} /> {k.label}
        </label>
      ))}
      <p id="story-expects-error" className="field-error" aria-live="polite">
        {kindError}
      </p>
      <label htmlFor={candidateId}>
        Winner
        <select
          // A new race brings new candidates: start the choice over rather than keep a stranger's slug.
          key={candidates.map((c) => c.slug).join()}
          id={candidateId}
          name="expects.candidate"
          disabled={kind !== "winner"}
          required={kind === "winner"}
          defaultValue={defaultCandidate ?? ""}
          aria-invalid={errors["expects.candidate"] ? true : undefined}
          aria-describedby={`${candidateId}-error`}
        >
          <option value="">Choose a candidate</option>
          {candidates.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        <span id={`${candidateId}-error`} className="field-error" aria-live="polite">
          {errors["expects.candidate"]}
        </span>
      </label>
    </fieldset>
  );
}
