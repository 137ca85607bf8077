"use client";
// A quiet highlight on whatever a live update changed. The presentational components stay as they
// are (embeds and server pages share them), so the change is found in the DOM: React keeps a keyed
// row's cells across renders, so a cell whose text differs from last time is a number that moved.
//
// The DOM is watched rather than compared when the data changes: a page's parts hydrate in turn
// (race page, <Suspense>), and an update that reaches a part still hydrating lands in a later commit
// than the one that brought the data. Watching sees the text change whenever it is written.
import { useEffect, type RefObject } from "react";

export const HIGHLIGHT_MS = 2000;
const CHANGED_CLASS = "live-changed";
const WATCHED = "td, .badge, .margin-words, .meter > span, .race-card .leader, .race-card p";

export function useChangeHighlight(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const seen = new WeakMap<Element, string>();
    const fading = new Map<Element, ReturnType<typeof setTimeout>>();
    const changedSinceLastLook = () => {
      const changed: Element[] = [];
      for (const element of container.querySelectorAll(WATCHED)) {
        const text = element.textContent ?? "";
        const before = seen.get(element);
        if (before !== undefined && before !== text) changed.push(element);
        seen.set(element, text);
      }
      return changed;
    };
    changedSinceLastLook();

    const observer = new MutationObserver(() => {
      const changed = changedSinceLastLook();
      if (changed.length === 0) return;
      // A cell that changed again within the highlight starts its fade over: its class comes off,
      // one style flush, and on again.
      for (const element of changed) element.classList.remove(CHANGED_CLASS);
      void container.offsetWidth;
      for (const element of changed) {
        element.classList.add(CHANGED_CLASS);
        clearTimeout(fading.get(element));
        fading.set(
          element,
          setTimeout(() => {
            element.classList.remove(CHANGED_CLASS);
            fading.delete(element);
          }, HIGHLIGHT_MS),
        );
      }
    });
    // Text and nodes only: the highlight's own class is an attribute, so adding it wakes nothing.
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      for (const [element, timer] of fading) {
        clearTimeout(timer);
        element.classList.remove(CHANGED_CLASS);
      }
    };
  }, [root]);
}
