// One labelled desk form field with its error beside it, announced as it appears.
import type { InputHTMLAttributes } from "react";

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  label: string;
  name: string;
  hint?: string;
  error?: string | undefined;
  idPrefix?: string;
}

export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replaceAll(".", "-")}`;
}

export function FormField({ label, name, hint, error, idPrefix = "setup", type = "text", ...input }: FormFieldProps) {
  const id = fieldId(idPrefix, name);
  return (
    <label htmlFor={id}>
      {label}
      {hint && <span className="muted small"> {hint}</span>}
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        {...input}
      />
      <span id={`${id}-error`} className="field-error" aria-live="polite">
        {error}
      </span>
    </label>
  );
}

/** The form-wide outcome: saved, or the command's refusal in words. */
export function FormMessage({ id, state }: { id: string; state: { status: string; message?: string } }) {
  return (
    <p id={id} className={state.status === "saved" ? "saved" : "field-error"} aria-live="polite">
      {state.status !== "idle" && state.message}
    </p>
  );
}
