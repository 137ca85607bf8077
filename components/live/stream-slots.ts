// A budget of event streams shared by every tab and frame of this site in one browser. Browsers
// allow about six HTTP/1.1 connections per host, and a stream holds one for as long as it is open: an
// article with eight race embeds, or a reader with five tabs, would otherwise take them all and stall
// the pages' own loads and polls. The budget is counted with Web Locks, one lock per slot, which the
// browser keeps for every document of the site (in the same partition as its connections, for
// frames on other sites) and frees when a document goes away. A page that finds every slot taken
// polls instead (use-live-json.ts). Where the browser has no Web Locks (a site served over plain
// http), each page keeps only to its own budget (MAX_STREAMS_PER_PAGE).
import { MAX_OPEN_STREAMS } from "@/lib/domain/live-transport";

const SLOTS = Array.from({ length: MAX_OPEN_STREAMS }, (_, i) => `results-desk:event-stream:${i}`);

/** Takes a free slot and returns the function that frees it, or null when every slot is taken. */
export async function takeStreamSlot(): Promise<(() => void) | null> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return () => {};
  for (const name of SLOTS) {
    const release = await new Promise<(() => void) | null>((resolve) => {
      // The lock is held until the promise the callback returns settles, that is until `free` runs.
      // A document that may not take locks (a frame sandboxed without its origin) is refused at
      // once: it streams uncounted rather than waiting for ever.
      locks
        .request(name, { ifAvailable: true }, (lock) => (lock ? new Promise<void>((free) => resolve(free)) : resolve(null)))
        .catch(() => resolve(() => {}));
    });
    if (release) return release;
  }
  return null;
}
