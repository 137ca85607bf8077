"use client";
// What a unit form says about the numbers typed into it before they are saved: each candidate's
// change from the saved count beside the field, and the plausibility rule's warnings
// (lib/domain/entry-plausibility.ts) beside the field they concern and summed up by the save button.
// Warnings never stop a save: an election night has real surprises, and the command refuses the
// impossible ones anyway.
import { changeWords, checkEntry, parseCount, signedChange, type EntryWarning } from "@/lib/domain/entry-plausibility";
import type { UnitSnapshot } from "@/lib/domain/unit-tally";

export interface EntryCheck {
  /** The change from the saved count of a candidate field, when it holds a different count. */
  changeOf: (field: string) => { change: number; saved: number } | null;
  warningsOf: (field: string) => EntryWarning[];
  warnings: EntryWarning[];
}

export function useEntryCheck(saved: UnitSnapshot, values: Record<string, string>, candidates: { slug: string; name: string }[], seats: number): EntryCheck {
  // Only the candidates whose field now holds a different count: a share that moves because another
  // candidate's number moved is warned on the field that moved it.
  const typedVotes = Object.fromEntries(
    candidates.flatMap(({ slug }) => {
      const typed = parseCount(values[`votes.${slug}`] ?? "");
      return typed === null || typed === saved.votes[slug] ? [] : [[slug, typed]];
    }),
  );
  const warnings = checkEntry({
    seats,
    saved: { ballotsCast: saved.ballotsCast, votes: saved.votes },
    typed: { ballotsCast: parseCount(values.ballotsCast ?? ""), votes: typedVotes },
    names: Object.fromEntries(candidates.map((c) => [c.slug, c.name])),
  });
  return {
    changeOf: (field) => {
      const slug = field.slice("votes.".length);
      const typed = typedVotes[slug];
      return field.startsWith("votes.") && typed !== undefined ? { change: typed - (saved.votes[slug] ?? 0), saved: saved.votes[slug] ?? 0 } : null;
    },
    warningsOf: (field) => warnings.filter((w) => w.field === field),
    warnings,
  };
}

/** The ids a field's description is made of, for aria-describedby: only those with something in them. */
export function checkDescriptionIds(check: EntryCheck, field: string, id: string): string[] {
  return [check.changeOf(field) && `${id}-change`, check.warningsOf(field).length > 0 && `${id}-warning`].filter((x): x is string => !!x);
}

/** The change and warnings shown under one field. */
export function FieldCheck({ check, field, id }: { check: EntryCheck; field: string; id: string }) {
  const change = check.changeOf(field);
  const warnings = check.warningsOf(field);
  return (
    <>
      {change && (
        <span id={`${id}-change`} className={`entry-change ${change.change < 0 ? "down" : ""}`}>
          <span aria-hidden="true">{signedChange(change.change)}</span>
          <span className="visually-hidden">{changeWords(change.change, change.saved)}</span>
        </span>
      )}
      {warnings.length > 0 && (
        <span id={`${id}-warning`} className="field-warning">
          {warnings.map((w) => w.message).join("; ")}
        </span>
      )}
    </>
  );
}

/** Every warning of the unit, beside the save button; it is a live region, so it is always there. */
export function EntryWarningSummary({ check }: { check: EntryCheck }) {
  const count = check.warnings.length;
  return (
    <div role="status" className={count > 0 ? "entry-warnings" : undefined}>
      {count > 0 && (
        <>
          <strong>
            {count === 1 ? "1 warning" : `${count} warnings`}: check before saving (saving is still allowed).
          </strong>
          <ul>
            {check.warnings.map((w) => (
              <li key={`${w.code}-${w.field}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
