"use client";

import { useActionState } from "react";
import { DEFAULT_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from "@/lib/domain/feeds/feed-source-input";
import { FEED_FORMAT_WORDS } from "@/lib/domain/feeds/feed-snapshot";
import { FEED_FORMATS } from "@/lib/domain/feeds/feed-snapshot";
import { FormField, FormMessage } from "../../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../../forms/form-state";
import { addFeedSourceAction } from "./actions";

const INTERVAL_HINT = `(seconds; at least ${MIN_INTERVAL_SECONDS["ap-json"]} for AP and CSV files, ${MIN_INTERVAL_SECONDS["clarity-xml"]} for Clarity; blank: ${DEFAULT_INTERVAL_SECONDS["ap-json"]} for AP, ${DEFAULT_INTERVAL_SECONDS["clarity-xml"]} for Clarity, ${DEFAULT_INTERVAL_SECONDS["openelections-csv"]} for CSV)`;

export function NewFeedSourceForm({ electionSlug }: { electionSlug: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addFeedSourceAction, IDLE);
  const errors = fieldErrors(state);
  // After a source is added the form starts empty again; after a refusal it keeps what was typed.
  const sent = state.status === "refused" ? (state.values ?? {}) : {};
  const racesError = Object.entries(errors).find(([field]) => field === "races" || field.startsWith("races."))?.[1];
  return (
    <form action={action} className="desk-form" aria-labelledby="new-feed-heading" key={state.status === "saved" ? state.message : "form"}>
      <h2 id="new-feed-heading">Add a feed source</h2>
      <input type="hidden" name="election" value={electionSlug} />
      <FormField label="Name" name="name" idPrefix="new-feed" required defaultValue={sent.name} error={errors.name} placeholder="AP Georgia" />
      <label htmlFor="new-feed-format">
        Format
        {/* Keyed on what was sent: React resets a form after its action, and a select keeps only the option it was first drawn with. */}
        <select key={sent.format ?? "ap-json"} id="new-feed-format" name="format" defaultValue={sent.format ?? "ap-json"} aria-describedby="new-feed-format-error">
          {FEED_FORMATS.map((format) => (
            <option key={format} value={format}>
              {FEED_FORMAT_WORDS[format]}
            </option>
          ))}
        </select>
        <span id="new-feed-format-error" className="field-error" aria-live="polite">
          {errors.format}
        </span>
      </label>
      <FormField
        label="Address"
        name="url"
        idPrefix="new-feed"
        type="url"
        required
        defaultValue={sent.url}
        error={errors.url}
        hint="(AP: the first request, without the key; Clarity: the jurisdiction, like https://results.enr.clarityelections.com/GA/105369/; CSV: the file)"
      />
      <FormField label="Every" name="intervalSeconds" idPrefix="new-feed" inputMode="numeric" defaultValue={sent.intervalSeconds} error={errors.intervalSeconds} hint={INTERVAL_HINT} />
      <label htmlFor="new-feed-races">
        Races to take <span className="muted small">(the feed&apos;s race keys, one a line; blank takes every race)</span>
        <textarea id="new-feed-races" name="races" rows={3} defaultValue={sent.races} aria-invalid={racesError ? true : undefined} aria-describedby="new-feed-races-error" />
        <span id="new-feed-races-error" className="field-error" aria-live="polite">
          {racesError}
        </span>
      </label>
      <label htmlFor="new-feed-createMissing" className="setup-check">
        <input id="new-feed-createMissing" name="createMissing" type="checkbox" defaultChecked={sent.createMissing === "on"} /> Create the races, candidates and
        units the feed names that the election lacks
      </label>
      <FormMessage id="new-feed-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
