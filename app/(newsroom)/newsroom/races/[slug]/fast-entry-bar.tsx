"use client";
// The race desk's keyboard layer above the unit forms: "Go to unit" (also reached with `g` or `/`)
// finds a unit by part of its name, the same word matching as the desk's search, and puts the cursor
// in its form; `?` or the button lists the shortcuts; and the page asks before a tab close or a
// link loses typed numbers. Letter keys count only when the cursor is not in a field, so they
// never take a keystroke meant for a number.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { findMatches, queryWords, searchEntry } from "@/lib/domain/search";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { focusUnitForm, unitFormOf } from "./use-fast-entry";
import { useLeaveGuard } from "./use-leave-guard";

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function FastEntryBar({ units }: { units: { slug: string; name: string }[] }) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [missed, setMissed] = useState<string | null>(null);
  const goTo = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const entries = useMemo(() => units.map((unit) => searchEntry(unit, unit.name)), [units]);
  const found = findMatches(entries, queryWords(query), 1)[0];
  useLeaveGuard();

  useEffect(() => {
    const keyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      if (event.key === "?") {
        event.preventDefault();
        setShortcutsOpen(true);
      } else if (event.key === "g" || event.key === "/") {
        event.preventDefault();
        goTo.current?.focus();
      }
    };
    document.addEventListener("keydown", keyDown);
    return () => document.removeEventListener("keydown", keyDown);
  }, []);

  const go = (event: FormEvent) => {
    event.preventDefault();
    if (found && focusUnitForm(unitFormOf(found.slug))) {
      setQuery("");
      setMissed(null);
    } else setMissed(query.trim());
  };

  return (
    <div className="fast-entry">
      <form role="search" aria-label="Go to unit" onSubmit={go} className="go-to-unit">
        <label htmlFor={inputId}>Go to unit</label>
        <input
          ref={goTo}
          id={inputId}
          type="search"
          autoComplete="off"
          placeholder="Part of a unit's name"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMissed(null);
          }}
          aria-describedby={`${inputId}-found`}
        />
        <button type="submit">
          Go
        </button>
        <span id={`${inputId}-found`} className="small muted" aria-live="polite">
          {missed !== null ? `No unit matches “${missed}”` : found && query.trim() ? `Enter goes to ${found.name}` : ""}
        </span>
      </form>
      <p className="small muted shortcuts-hint">
        Press <kbd>?</kbd> for shortcuts ·{" "}
        <button type="button" className="link-button" onClick={() => setShortcutsOpen(true)} aria-haspopup="dialog">
          Keyboard shortcuts
        </button>
      </p>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
