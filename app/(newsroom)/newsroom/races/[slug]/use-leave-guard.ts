"use client";
// Numbers typed on the race desk and not saved are not lost by accident: closing or reloading the
// tab asks first (beforeunload, the browser's own dialog), and so does following a link on the desk
// (a confirm before Next's router sees the click). Which forms hold unsaved numbers is read from the
// page when the question arises: each unit form marks itself with `data-unsaved`, so the forms need
// not report to anything.
import { useEffect } from "react";

export const LEAVE_QUESTION = "You have typed numbers that are not saved. Leave this page and lose them?";

const hasUnsaved = () => document.querySelector("form[data-unsaved]") !== null;

/** A click that would take the browser to another page in this tab. */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  const to = new URL(link.href, location.href);
  // A link within the page (the skip link) leaves nothing behind.
  if (to.origin === location.origin && to.pathname === location.pathname && to.search === location.search && to.hash) return null;
  return link;
}

export function useLeaveGuard() {
  useEffect(() => {
    let leaving = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving || !hasUnsaved()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    // Capturing on the document runs before React's listeners on its root, so a click the desk
    // decides to stay for never reaches next/link.
    const click = (event: MouseEvent) => {
      if (!leavingLink(event) || !hasUnsaved()) return;
      if (window.confirm(LEAVE_QUESTION)) {
        // Asked once: a link that loads a whole page should not ask again on the way out.
        leaving = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, []);
}
