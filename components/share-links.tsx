"use client";
// "Copy link" and "Share" for a reader page. The address is the page's public one (PUBLIC_URL), the
// same for every reader, so the cached page needs nothing from the browser to render it. What the
// buttons did is said in a live region, for those who cannot see the button change. When the browser
// refuses the clipboard (no permission, an old browser, a page not served over HTTPS), the link is
// shown selected in a field so it can still be copied by hand. "Share" opens the device's own share
// sheet, so it appears only where the browser has one (navigator.share): phones, mostly.
import { useRef, useState, useSyncExternalStore } from "react";

interface ShareLinksProps {
  url: string;
  title: string;
}

const noChange = () => () => {};
const canShare = () => typeof navigator.share === "function";

export function ShareLinks({ url, title }: ShareLinksProps) {
  const [status, setStatus] = useState("");
  const [showLink, setShowLink] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // False on the server and in the first render, so the server's HTML and the browser's agree.
  const shareable = useSyncExternalStore(noChange, canShare, () => false);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setShowLink(false);
      setStatus("Link copied");
    } catch {
      setShowLink(true);
      setStatus("Your browser did not let this page copy. The link is selected below: copy it from there.");
      requestAnimationFrame(() => field.current?.focus());
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell the reader.
    }
  }

  return (
    <div className="share-links">
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      {shareable && (
        <button type="button" onClick={share}>
          Share
        </button>
      )}
      {/* A polite live region rather than role="status": the race page's status region is its call announcer. */}
      <p aria-live="polite" aria-atomic="true" className="share-status small">
        {status}
      </p>
      {showLink && (
        <label className="share-fallback small">
          Link to this page
          <input ref={field} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
