"use client";
// Fast entry on a unit form (issue 15): Ctrl/Cmd+Enter in any field, or Enter in the last one,
// saves the unit and, once it is saved, puts the cursor in the next unit's first field, so a desk
// works down a list of precincts without the mouse. Enter in the other fields still saves and stays,
// as any form does. A refused or conflicting save stays put, with its message beside the fields.
import { useRef, type KeyboardEvent } from "react";

const UNIT_FORMS = "form.unit-form";

function numberFields(form: Element): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[type="text"]')];
}

/** Puts the cursor in a unit form's first field, its text selected so typing replaces it. */
export function focusUnitForm(form: Element | null | undefined): boolean {
  const first = form && numberFields(form)[0];
  if (!first) return false;
  first.focus();
  first.select();
  return true;
}

/** The unit form whose heading has this unit's id (unit-tally-form.tsx). */
export function unitFormOf(unitSlug: string): Element | null {
  return document.getElementById(`${unitSlug}-title`)?.closest(UNIT_FORMS) ?? null;
}

export function useFastEntry() {
  const formRef = useRef<HTMLFormElement>(null);
  const advance = useRef(false);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || event.altKey || event.shiftKey) return;
    const fields = numberFields(event.currentTarget);
    const target = event.target as HTMLInputElement;
    if (!fields.includes(target)) return;
    if (!(event.ctrlKey || event.metaKey || target === fields.at(-1))) return;
    event.preventDefault();
    advance.current = true;
    event.currentTarget.requestSubmit();
  };

  /** Called with each save's outcome: after a save asked for by the keys above, on to the next unit. */
  const afterSave = (saved: boolean) => {
    const form = formRef.current;
    if (advance.current && saved && form) {
      const forms = [...document.querySelectorAll(UNIT_FORMS)];
      focusUnitForm(forms[forms.indexOf(form) + 1]);
    }
    advance.current = false;
  };

  return { formRef, onKeyDown, afterSave };
}
