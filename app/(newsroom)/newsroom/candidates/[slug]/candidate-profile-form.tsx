"use client";
// The profile readers see on the candidate's page and beside their name in every race.
import { useActionState, useRef, useState } from "react";
import { MAX_CANDIDATE_LINKS } from "@/lib/domain/election-setup-limits";
import type { CandidateProfileRecord } from "@/lib/server/commands/update-candidate";
import { LookAlikeConfirm } from "../../forms/look-alike-confirm";
import { FormField, FormMessage } from "../../forms/form-field";
import { fieldErrors, IDLE, type FormState } from "../../forms/form-state";
import { updateCandidateAction } from "./actions";

interface LinkRow {
  key: number;
  label: string;
  url: string;
}

export function CandidateProfileForm({ candidate }: { candidate: CandidateProfileRecord }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateCandidateAction, IDLE);
  const nextKey = useRef(candidate.links.length);
  const [links, setLinks] = useState<LinkRow[]>(() => candidate.links.map((link, key) => ({ key, ...link })));
  const [lookAlikeConfirmed, setLookAlikeConfirmed] = useState(false);
  const errors = fieldErrors(state);
  const value = (name: "name" | "party" | "bio" | "photoUrl") => state.values?.[name] ?? candidate[name] ?? "";
  const setLink = (key: number, change: Partial<LinkRow>) => setLinks((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));

  return (
    <form action={action} className="desk-form" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <input type="hidden" name="candidate" value={candidate.slug} />
      <FormField label="Name" name="name" idPrefix="profile" required defaultValue={value("name")} error={errors.name} onChange={() => setLookAlikeConfirmed(false)} />
      <FormField label="Party" name="party" idPrefix="profile" defaultValue={value("party")} error={errors.party} hint="optional" />
      <label htmlFor="profile-bio">
        Bio <span className="muted small">optional</span>
        <textarea id="profile-bio" name="bio" rows={5} defaultValue={value("bio")} aria-invalid={errors.bio ? true : undefined} aria-describedby="profile-bio-error" />
        <span id="profile-bio-error" className="field-error" aria-live="polite">
          {errors.bio}
        </span>
      </label>
      <FormField
        label="Photo address"
        name="photoUrl"
        idPrefix="profile"
        type="url"
        defaultValue={value("photoUrl")}
        error={errors.photoUrl}
        hint="https://…, blank for none"
      />
      <fieldset className="setup-rows">
        <legend>Links</legend>
        <p className="field-error" aria-live="polite">
          {errors.links}
        </p>
        {links.map((link, i) => (
          <div className="setup-row" key={link.key}>
            <FormField label={`Link ${i + 1} label`} name={`links.${i}.label`} idPrefix="profile" value={link.label} onChange={(e) => setLink(link.key, { label: e.target.value })} error={errors[`links.${i}.label`]} />
            <FormField
              label="Address"
              name={`links.${i}.url`}
              idPrefix="profile"
              type="url"
              value={link.url}
              onChange={(e) => setLink(link.key, { url: e.target.value })}
              error={errors[`links.${i}.url`]}
            />
            <button type="button" onClick={() => setLinks((all) => all.filter((l) => l.key !== link.key))}>
              Remove<span className="visually-hidden"> link {i + 1}</span>
            </button>
          </div>
        ))}
        {links.length < MAX_CANDIDATE_LINKS && (
          <button type="button" onClick={() => setLinks((all) => [...all, { key: nextKey.current++, label: "", url: "" }])}>
            Add link
          </button>
        )}
      </fieldset>
      <FormMessage id="profile-message" state={state} />
      <LookAlikeConfirm state={state} confirmed={lookAlikeConfirmed} onConfirmedChange={setLookAlikeConfirmed} idPrefix="profile" />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
