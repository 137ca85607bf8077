"use client";
// A desk form that sends one file through a server action: the feed import and the map layer. It is
// sent by hand rather than as the form's action, which would clear the chosen file afterwards, so a
// refused file can be sent again once fixed, or with other options. A file past what a server
// action may carry (Next's limit) is stopped here, with where larger ones go, before it is sent.
import { startTransition, type ReactNode } from "react";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

interface Props {
  label: string;
  /** The file input's id; its error's id is derived from it. */
  fileId: string;
  fileLabel: string;
  accept: string;
  file: File | null;
  onChoose: (file: File | null) => void;
  maxBytes: number;
  /** Where a file past `maxBytes` can go instead, in a sentence. */
  largerFiles: string;
  /** The server's word on the file, when it refused it. */
  fileError: string | undefined;
  send: (form: FormData) => void;
  /** The other fields, beside the file. */
  children: ReactNode;
  /** The submit button, disabled while too large. */
  submit: (tooLarge: boolean) => ReactNode;
}

export function FileUploadForm({ label, fileId, fileLabel, accept, file, onChoose, maxBytes, largerFiles, fileError, send, children, submit }: Props) {
  const tooLarge = file !== null && file.size > maxBytes;
  const error = tooLarge ? `This file is ${megabytes(file.size)}; the desk takes files up to ${megabytes(maxBytes)}. ${largerFiles}` : fileError;
  const errorId = `${fileId}-error`;
  return (
    <form
      className="desk-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLarge) return;
        const form = new FormData(event.currentTarget);
        startTransition(() => send(form));
      }}
    >
      <label htmlFor={fileId}>
        {fileLabel}
        <input
          id={fileId}
          type="file"
          name="file"
          required
          accept={accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
        />
        <span id={errorId} className="field-error" aria-live="polite">
          {error}
        </span>
      </label>
      {children}
      <div className="unit-actions">{submit(tooLarge)}</div>
    </form>
  );
}
