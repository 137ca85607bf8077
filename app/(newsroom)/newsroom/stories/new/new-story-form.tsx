"use client";
// A new draft: the race comes first, because the winner it may expect is one of that race's
// candidates.
import { useActionState, useState } from "react";
import type { StoryElectionChoice } from "@/lib/server/queries/stories-races";
import { FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { ExpectationFields } from "../expectation-fields";
import { StoryTextFields } from "../story-text-fields";
import { createStoryAction } from "./actions";

export function NewStoryForm({ elections, defaultRace }: { elections: StoryElectionChoice[]; defaultRace?: string | undefined }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createStoryAction, IDLE);
  const [raceSlug, setRaceSlug] = useState(defaultRace ?? "");
  const errors = fieldErrors(state);
  const sent = state.values ?? {};
  const candidates = elections.flatMap((e) => e.races).find((r) => r.slug === raceSlug)?.candidates ?? [];
  return (
    <form action={action} className="desk-form" aria-describedby="new-story-message">
      <label htmlFor="story-raceSlug">
        Race
        <select
          id="story-raceSlug"
          name="raceSlug"
          required
          value={raceSlug}
          onChange={(e) => setRaceSlug(e.target.value)}
          aria-invalid={errors.raceSlug ? true : undefined}
          aria-describedby="story-raceSlug-error"
        >
          <option value="">Choose a race</option>
          {elections.map((election) => (
            <optgroup key={election.name} label={election.name}>
              {election.races.map((race) => (
                <option key={race.slug} value={race.slug}>
                  {race.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <span id="story-raceSlug-error" className="field-error" aria-live="polite">
          {errors.raceSlug}
        </span>
      </label>
      <StoryTextFields headline={sent.headline} body={sent.body} errors={errors} />
      <ExpectationFields candidates={candidates} defaultKind={sent["expects.kind"]} defaultCandidate={sent["expects.candidate"]} errors={errors} />
      <FormMessage id="new-story-message" state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save draft"}
      </button>
    </form>
  );
}
