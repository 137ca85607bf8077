"use client";

import { useActionState } from "react";
import { FormMessage } from "../../../forms/form-field";
import { IDLE, type FormState } from "../../../forms/form-state";
import { removeFeedSourceAction, setFeedSourcePausedAction } from "./actions";

interface FeedSourceControlsProps {
  electionSlug: string;
  source: { id: string; name: string; paused: boolean };
}

/** Pause or resume a source, or remove it (editors). */
export function FeedSourceControls({ electionSlug, source }: FeedSourceControlsProps) {
  const [pauseState, pauseAction, pausing] = useActionState<FormState, FormData>(setFeedSourcePausedAction, IDLE);
  const [removeState, removeAction, removing] = useActionState<FormState, FormData>(removeFeedSourceAction, IDLE);
  const id = `feed-${source.id}`;
  return (
    <div className="unit-actions">
      <form action={pauseAction} className="inline-form">
        <input type="hidden" name="election" value={electionSlug} />
        <input type="hidden" name="source" value={source.id} />
        <input type="hidden" name="paused" value={String(!source.paused)} />
        <button type="submit" disabled={pausing}>
          {source.paused ? "Resume" : "Pause"}
          <span className="visually-hidden"> {source.name}</span>
        </button>
      </form>
      <form
        action={removeAction}
        className="inline-form"
        onSubmit={(event) => {
          if (!window.confirm(`Remove ${source.name}? It will no longer be polled; its snapshots are kept.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="election" value={electionSlug} />
        <input type="hidden" name="source" value={source.id} />
        <button type="submit" disabled={removing}>
          Remove<span className="visually-hidden"> {source.name}</span>
        </button>
      </form>
      <FormMessage id={`${id}-pause-message`} state={pauseState} />
      <FormMessage id={`${id}-remove-message`} state={removeState} />
    </div>
  );
}
