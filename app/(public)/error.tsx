"use client";

import Link from "next/link";

export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="notice" role="alert">
      <h1>Results are unavailable for a moment</h1>
      <p>We could not load this page. The count is not affected; please try again.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        or go to <Link href="/">all elections</Link>.
      </p>
    </section>
  );
}
