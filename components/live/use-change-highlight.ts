"use client";
// A quiet highlight on whatever a poll changed. The presentational components stay as they are
// (embeds and server pages share them), so the change is found in the DOM: React keeps a keyed row's
// cells across renders, so a cell whose text differs from last time is a number that moved.
import { useEffect, useRef, type RefObject } from "react";

export const HIGHLIGHT_MS = 2000;
const CHANGED_CLASS = "live-changed";
const WATCHED = "td, .badge, .margin-words, .meter > span, .race-card .leader, .race-card p";

export function useChangeHighlight(root: RefObject<HTMLElement | null>, data: unknown) {
  const seen = useRef(new WeakMap<Element, string>());

  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const changed: Element[] = [];
    for (const element of container.querySelectorAll(WATCHED)) {
      const text = element.textContent ?? "";
      const before = seen.current.get(element);
      if (before !== undefined && before !== text) changed.push(element);
      seen.current.set(element, text);
    }
    if (changed.length === 0) return;
    // A cell that changed again within the highlight lost its class in the last cleanup; one style
    // flush lets its fade start over rather than carry on from where it was.
    void container.offsetWidth;
    for (const element of changed) element.classList.add(CHANGED_CLASS);
    const timer = setTimeout(() => changed.forEach((element) => element.classList.remove(CHANGED_CLASS)), HIGHLIGHT_MS);
    return () => {
      clearTimeout(timer);
      changed.forEach((element) => element.classList.remove(CHANGED_CLASS));
    };
  }, [root, data]);
}
