"use client";
// The demo banner's "Dismiss": the banner is part of every cached reader page, the same HTML for
// every reader, so the choice is kept in this browser (localStorage) and applied here, after the
// page arrives, rather than by the server. Where storage is refused, it goes for this page only.
import { useSyncExternalStore, type MouseEvent, type ReactNode } from "react";

const KEY = "results-desk:demo-banner-dismissed";
const listeners = new Set<() => void>();
let dismissedHere = false;

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function isDismissed(): boolean {
  if (dismissedHere) return true;
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

function dismiss(event: MouseEvent<HTMLButtonElement>) {
  // A keyboard reader carries on from where the banner was: the masthead that follows it.
  event.currentTarget.closest("aside")?.nextElementSibling?.querySelector<HTMLElement>("a")?.focus();
  dismissedHere = true;
  try {
    window.localStorage.setItem(KEY, "1");
  } catch {
    // Private modes may refuse storage: the banner still goes away until the next page.
  }
  for (const listener of listeners) listener();
}

/** The banner as a landmark with its Dismiss button; nothing once this browser dismissed it. */
export function DismissibleDemoBanner({ children }: { children: ReactNode }) {
  // The server, and the first render in the browser, always show it: that is what the cached HTML holds.
  const dismissed = useSyncExternalStore(subscribe, isDismissed, () => false);
  if (dismissed) return null;
  return (
    <aside className="demo-banner" aria-label="Demo data">
      <p role="note">{children}</p>
      <button type="button" className="demo-banner-dismiss" onClick={dismiss}>
        Dismiss<span className="visually-hidden"> the demo data notice</span>
      </button>
    </aside>
  );
}
