// An embed whose race is gone: say so inside the iframe, without the reader site's chrome.
import Link from "next/link";

export default function EmbedNotFound() {
  return (
    <section className="embed-widget">
      <h1 className="embed-title">Race not found</h1>
      <p className="small">
        {/* target="_top": the reader site refuses to be framed, so it opens in the whole tab. */}
        <Link href="/" target="_top" prefetch={false}>
          See all election results
        </Link>
      </p>
    </section>
  );
}
