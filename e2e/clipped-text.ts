// What a reader cannot read on a page because it is cut off: table cells, badges and status words
// whose text sticks out of a box that clips it (overflow hidden or scrolled, an ellipsis), text that
// lies outside the part of its scroll container or of the window that shows, and a page that is
// wider than the window. Text that is hidden on purpose (visually-hidden labels for screen readers)
// is left out. Used by the reader specs at phone widths (reader-phone-tables.spec.ts) and by the
// desk specs on pages that only exist once the desk has published them.
import type { Page } from "@playwright/test";

/** Where the reader may see cut-off numbers or words: every table cell, badge and status word. */
const CHECKED = "th, td, .badge, .status-tag, .call-retraction";

export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate((checked) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const clips = (style: CSSStyleDeclaration) => style.overflowX !== "visible";

    // Hidden on purpose: inside a box clipped to nothing (the visually-hidden pattern), or not drawn.
    const hiddenOnPurpose = (element: Element) => {
      if (element.getClientRects().length === 0) return true;
      for (let box: Element | null = element; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.visibility === "hidden" || style.display === "none") return true;
        if (style.clip !== "auto" && style.clip !== "" && style.position === "absolute") return true;
        if (clips(style) && (box.clientWidth <= 1 || box.clientHeight <= 1)) return true;
      }
      return false;
    };
    // The part of the window an element's content may show in: the window, narrowed by every
    // ancestor that clips or scrolls its content sideways.
    const visibleSpan = (element: Element) => {
      let left = 0;
      let right = width;
      for (let box = element.parentElement; box; box = box.parentElement) {
        if (box === document.documentElement || box === document.body) continue;
        if (!clips(getComputedStyle(box))) continue;
        const rect = box.getBoundingClientRect();
        left = Math.max(left, rect.left + box.clientLeft);
        right = Math.min(right, rect.left + box.clientLeft + box.clientWidth);
      }
      return { left, right };
    };
    const say = (text: string | null) => JSON.stringify((text ?? "").replace(/\s+/g, " ").trim().slice(0, 60));

    for (const element of document.querySelectorAll(checked)) {
      if (hiddenOnPurpose(element)) continue;
      for (const box of [element, ...element.querySelectorAll("*")]) {
        const style = getComputedStyle(box);
        if ((clips(style) || style.textOverflow === "ellipsis") && box.scrollWidth > box.clientWidth + 1 && !hiddenOnPurpose(box)) {
          problems.push(`${say(box.textContent)} is wider than its box (${box.scrollWidth} > ${box.clientWidth} px)`);
        }
      }
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent?.trim() || !parent || hiddenOnPurpose(parent)) continue;
        const span = visibleSpan(parent);
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0 && (rect.left < span.left - 1 || rect.right > span.right + 1)) {
            problems.push(`${say(node.textContent)} is cut off: drawn at ${Math.round(rect.left)}–${Math.round(rect.right)} px, shown ${Math.round(span.left)}–${Math.round(span.right)} px`);
          }
        }
      }
    }
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > window.innerWidth) problems.push(`the page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
    return [...new Set(problems)];
  }, CHECKED);
}
