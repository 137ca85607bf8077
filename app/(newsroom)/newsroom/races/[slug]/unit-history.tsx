"use client";
// A unit's "History" on the race desk: every save, newest first (who, when, from → to, where the
// numbers came from), read from the API when the desk opens it, and read again when the unit's
// version moves while it is open. "Undo last save" asks first, naming the save it reverts and what
// it writes back, and sends the version the desk saw: if anyone saved since, nothing is undone.
import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { formatClockOrDate } from "@/lib/domain/time-words";
import { reverted, saveChanges, type UnitSave } from "@/lib/domain/unit-history";
import { undoUnitSaveAction, type UndoState } from "./undo-actions";

interface Props {
  raceSlug: string;
  unitSlug: string;
  unitName: string;
  /** The unit's version as the page has it: a newer one means the history has a newer save. */
  version: number;
  timeZone: string;
  /** Whether this desk may save counts, and so undo them. */
  canUndo: boolean;
}

interface Loaded {
  version: number;
  lastSave: UnitSave | null;
  saves: UnitSave[];
}

export function UnitHistory({ raceSlug, unitSlug, unitName, version, timeZone, canUndo }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<UndoState, FormData>(async (previous, form) => {
    const result = await undoUnitSaveAction(previous, form);
    setConfirming(false);
    // The unit's form, the count history and the totals all move with the undo.
    router.refresh();
    return result;
  }, { status: "idle" });
  const latest = state.status === "undone" ? Math.max(version, state.version) : version;

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    fetch(`/api/v1/races/${encodeURIComponent(raceSlug)}/units/${encodeURIComponent(unitSlug)}/history`, { signal: controller.signal, cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { unit: { version: number }; lastSave: UnitSave | null; saves: UnitSave[] };
        setHistory({ version: body.unit.version, lastSave: body.lastSave, saves: body.saves });
        setFailed(false);
      })
      .catch(() => controller.signal.aborted || setFailed(true));
    return () => controller.abort();
  }, [open, raceSlug, unitSlug, latest]);

  const when = (iso: string) => formatClockOrDate(iso, timeZone, new Date());
  const last = history?.lastSave ?? null;
  return (
    <details className="unit-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>History of {unitName}</summary>
      {!history && !failed && <p className="small muted">Reading the history…</p>}
      {failed && <p className="field-error">The history could not be read. Close and open it again.</p>}
      {history && (
        <>
          {canUndo && last && (
            <form action={action} className="undo-save">
              <input type="hidden" name="race" value={raceSlug} />
              <input type="hidden" name="unit" value={unitSlug} />
              <input type="hidden" name="expectedVersion" value={history.version} />
              {confirming ? (
                <div className="conflict" role="alertdialog" aria-label="Undo the last save?">
                  <p>
                    <strong>
                      Undo {last.by}&apos;s save at {when(last.at)}?
                    </strong>{" "}
                    It goes back to: {saveChanges(reverted(last))}. The undo is saved as a new save, and kept in the history.
                  </p>
                  <button type="submit" className="primary" disabled={pending}>
                    {pending ? "Undoing…" : "Undo it"}
                  </button>{" "}
                  <button type="button" onClick={() => setConfirming(false)} disabled={pending}>
                    Keep it
                  </button>
                </div>
              ) : (
                <button type="button" onClick={() => setConfirming(true)}>
                  Undo last save
                </button>
              )}
            </form>
          )}
          <p aria-live="polite" className={state.status === "refused" ? "field-error" : "saved"}>
            {state.status !== "idle" && state.message}
          </p>
          {history.saves.length === 0 ? (
            <p className="small">No saves yet.</p>
          ) : (
            <ol className="call-history unit-saves">
              {history.saves.map((save) => (
                <li key={save.batchId}>
                  <strong className={save.kind === "correction" || save.kind === "undo" ? "correction" : undefined}>{save.label}</strong>{" "}
                  <span className="muted small">
                    by {save.by}, {when(save.at)}
                    {save.version !== null && ` (version ${save.version})`}
                  </span>
                  <p className="small">{saveChanges(save)}</p>
                  {save.note && save.kind !== "undo" && <p className="small muted">{save.note}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </details>
  );
}
